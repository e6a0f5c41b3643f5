struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((min(y, x) / ((466811u ^ x) | 1u)) << (y & 31u))); y ^= x >> 3; x = x * 31u + ((mul_hi((860950u << (227685u & 31u)), max(x, 93743u)) ^ (mul_hi(223501u, y) + (697066u ^ x)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
__kernel void fuzz(__global uint *out, __global const uint *in, __global float *fout,
                   __global const float *fin, __global uint *acc,
                   __global const struct pair *pairs) {
  uint gid = get_global_id(0), lid = get_local_id(0);
  __local uint tile[64];
  __local struct pair lpair[4];
  uint p[8];
  for (int k = 0; k < 8; k++) p[k] = in[(gid + (uint)k) % 256u];
  uint a = in[gid], b = in[(gid * 7u + 3u) % 256u], c = gid, d = lid;
  float f = fin[gid], g = fin[(gid + 1u) % 256u];
  c ^= convert_uint_sat(fabs(((1.57f / (fabs(3.28f) + 1.0f)) / (fabs(g) + 1.0f))) * 16.0f);
  if (((d % (a | 1u)) >> (b & 31u)) > ((d & d) * (975756u | 370639u))) { if (max(a, ((901682u < c) ? 901682u : (c ^ 0x55u))) > (max(c, 984527u) * (b - a))) { d = (rotate(((b < c) ? b : (c ^ 0x55u)), (gid % (c | 1u))) / ((uint)(((int)((927614u & a) & 0xffffu) - (int)((25266u - lid) & 0xffffu)) / 3) | 1u)); } else { p[((gid ^ gid) + 6u) & 7u] = c; d += p[6u & 7u]; } } else { g = clamp(((fmax(f, 1.77f) / (fabs(clamp(g, -4.0f, 4.0f)) + 1.0f)) / (fabs((((float)(a & 255u) / (fabs((float)(a & 255u)) + 1.0f)) / (fabs((f / (fabs(g) + 1.0f))) + 1.0f))) + 1.0f)), -1000.0f, 1000.0f); }
  c = (uint)(((int)(rotate(110656u, (110111u % (170364u | 1u))) & 0xffffu) - (int)(((a * lid) | (a | 588140u)) & 0xffffu)) / 3);
  p[(lid + 7u) & 7u] = mul_hi((559019u | gid), (lid * 674622u)); c += p[6u & 7u];
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
