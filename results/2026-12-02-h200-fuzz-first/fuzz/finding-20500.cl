struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((508942u ^ min((x << (y & 31u)), y))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (max(399496u, ((y * y) << (((y < 89618u) ? y : (89618u ^ 0x55u)) & 31u)))); y ^= x >> 3; x = x * 31u + (((520614u >> ((y + y) & 31u)) * 621351u)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d ^= convert_uint_sat(fabs(clamp(fmax((float)(a & 255u), f), -4.0f, 4.0f)) * 16.0f);
  p[((a ^ c) + 5u) & 7u] = c; c += p[3u & 7u];
  b = h1((min(a, a) | (566710u & lid)), (b * (d - lid)));
  b ^= convert_uint_sat(fabs((fmin((float)(a & 255u), 1.9f) + f)) * 16.0f);
  a = (((384600u >> (1000603u & 31u)) % ((519825u % (d | 1u)) | 1u)) << (max((300401u + 938187u), (b - 662924u)) & 31u));
  b ^= convert_uint_sat(fabs(sqrt(fabs(((float)(a & 255u) * f)))) * 16.0f);
  d = (uint)(((int)(max(gid, max(937652u, 125084u)) & 0xffffu) - (int)(240141u & 0xffffu)) / 3);
  a = (168045u * min(((447648u < lid) ? 447648u : (lid ^ 0x55u)), 126390u));
  p[(max(lid, 970225u) + 7u) & 7u] = gid; b += p[4u & 7u];
  b = (253872u - (min(785301u, b) & a));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
