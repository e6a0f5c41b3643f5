struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((uint)(((int)((y * x) & 0xffffu) - (int)((857938u >> (630100u & 31u)) & 0xffffu)) / 3) < x) ? (uint)(((int)((y * x) & 0xffffu) - (int)((857938u >> (630100u & 31u)) & 0xffffu)) / 3) : (x ^ 0x55u))); y ^= x >> 3; x = x * 31u + (mul_hi(y, 194684u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = mul_hi(((791077u >> (lid & 31u)) >> ((uint)(((int)(d & 0xffffu) - (int)(b & 0xffffu)) / 3) & 31u)), (((c + b) < (b % (884899u | 1u))) ? (c + b) : ((b % (884899u | 1u)) ^ 0x55u)));
  if ((max(b, c) * c) < c) { p[((c - a) + 0u) & 7u] = b; c += p[0u & 7u]; } else { if (rotate((gid & d), max(294076u, a)) == rotate(753125u, (1003118u >> (lid & 31u)))) { c ^= convert_uint_sat(fabs(((f * 1.37f) + (float)(a & 255u))) * 16.0f); } else { g = clamp((float)(a & 255u), -1000.0f, 1000.0f); } }
  a = c;
  c ^= convert_uint_sat(fabs((fmin(1.96f, g) * f)) * 16.0f);
  switch (rotate((b >> (400216u & 31u)), rotate(881490u, b)) & 3u) { case 0: d += 1u; break; case 1: d ^= 112u; /* falls through */ case 2: d = max(780304u, (964539u % (c | 1u))); break; default: d = rotate(d, 3u); }
  if (((d + c) | ((a < 355646u) ? a : (355646u ^ 0x55u))) < c) { for (int k = 0; k < 4; k++) { if ((a & 7u) == 4u) break; c = mul_hi(((b >> (gid & 31u)) ^ b), b); } } else { c ^= convert_uint_sat(fabs(clamp(sqrt(fabs(f)), -4.0f, 4.0f)) * 16.0f); }
  d = (((d / (gid | 1u)) & (683998u + 92130u)) | max((c + a), lid));
  p[(max(a, 326607u) + 2u) & 7u] = mul_hi(max(lid, b), 1039128u); a += p[7u & 7u];
  a = mul_hi((((827157u | 603656u) < (uint)(((int)(lid & 0xffffu) - (int)(191208u & 0xffffu)) / 3)) ? (827157u | 603656u) : ((uint)(((int)(lid & 0xffffu) - (int)(191208u & 0xffffu)) / 3) ^ 0x55u)), rotate((lid >> (lid & 31u)), (uint)(((int)(644600u & 0xffffu) - (int)(lid & 0xffffu)) / 3)));
  b = (549248u >> (lid & 31u));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
