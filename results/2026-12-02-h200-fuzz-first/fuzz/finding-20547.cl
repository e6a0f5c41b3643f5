struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((max(x, (y % (x | 1u))) & y)); y ^= x >> 3; x = x * 31u + ((rotate(min(y, y), x) ^ (x | max(x, x)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c ^= convert_uint_sat(fabs(fmin(f, clamp(f, -4.0f, 4.0f))) * 16.0f);
  p[(((568414u < 634493u) ? 568414u : (634493u ^ 0x55u)) + 6u) & 7u] = (309662u - ((lid < a) ? lid : (a ^ 0x55u))); c += p[5u & 7u];
  c = h0((rotate(lid, lid) + (d / (c | 1u))), (uint)(((int)((713450u - 77952u) & 0xffffu) - (int)((gid >> (c & 31u)) & 0xffffu)) / 3));
  f = clamp(fmax(((float)(a & 255u) / (fabs(((float)(a & 255u) * f)) + 1.0f)), g), -1000.0f, 1000.0f);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
