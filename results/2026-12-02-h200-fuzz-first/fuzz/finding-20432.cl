struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((min(y, y) << (rotate(x, x) & 31u)) + ((y - 335785u) >> ((x / (670572u | 1u)) & 31u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = (uint)(((int)(rotate(max(a, d), 978245u) & 0xffffu) - (int)(1002186u & 0xffffu)) / 3);
  a = lid;
  for (int k = 0; k < 4; k++) {  d = h0((b & gid), ((d * a) | (lid % (268381u | 1u)))); }
  if (max(((c < a) ? c : (a ^ 0x55u)), (lid - 707900u)) < (((d % (c | 1u)) < lid) ? (d % (c | 1u)) : (lid ^ 0x55u))) { c ^= convert_uint_sat(fabs(((2.11f + 1.85f) - fmax(f, (float)(a & 255u)))) * 16.0f); } else { c = (rotate(gid, (lid & 115690u)) & max(min(d, lid), (514681u - lid))); }
  d = h0(((lid & gid) % ((c >> (d & 31u)) | 1u)), ((612087u + a) % (min(470434u, 452699u) | 1u)));
  p[(c + 0u) & 7u] = ((d ^ b) >> (mul_hi(c, a) & 31u)); c += p[5u & 7u];
  if (302763u == max((b % (d | 1u)), (b * 267508u))) { g = clamp(fmin(clamp(f, -4.0f, 4.0f), (1.78f - ((float)(a & 255u) + 1.66f))), -1000.0f, 1000.0f); } else { g = clamp((float)(a & 255u), -1000.0f, 1000.0f); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
