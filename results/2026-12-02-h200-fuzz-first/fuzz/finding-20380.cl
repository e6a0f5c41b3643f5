struct pair { uint u; float f; };
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
  switch (36806u & 3u) { case 0: a += 1u; break; case 1: a ^= 271u; /* falls through */ case 2: a = b; break; default: a = rotate(a, 3u); }
  switch (b & 3u) { case 0: b += 1u; break; case 1: b ^= 914u; /* falls through */ case 2: b = ((b * b) + (a / (c | 1u))); break; default: b = rotate(b, 3u); }
  for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 0u) continue; f = clamp(3.58f, -1000.0f, 1000.0f); }
  for (int k = 0; k < 1; k++) { if ((c & 7u) == 5u) break; for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 1u) continue; d ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f); } }
  b = mul_hi((((827808u < gid) ? 827808u : (gid ^ 0x55u)) & rotate(d, d)), ((rotate(784886u, b) < (c << (lid & 31u))) ? rotate(784886u, b) : ((c << (lid & 31u)) ^ 0x55u)));
  switch (min(b, 666322u) & 3u) { case 0: a += 1u; break; case 1: a ^= 707u; /* falls through */ case 2: a = lid; break; default: a = rotate(a, 3u); }
  b ^= convert_uint_sat(fabs(((3.10f - g) - fmax(3.60f, 2.91f))) * 16.0f);
  for (int k = 0; k < 5; k++) {  if (((rotate(a, lid) < mul_hi(c, gid)) ? rotate(a, lid) : (mul_hi(c, gid) ^ 0x55u)) < ((d * lid) | 847011u)) { g = clamp((((g - g) / (fabs(((float)(a & 255u) / (fabs(f) + 1.0f))) + 1.0f)) * sqrt(fabs(sqrt(fabs(0.84f))))), -1000.0f, 1000.0f); } else { p[((727641u >> (484621u & 31u)) + 2u) & 7u] = mul_hi((b / (529301u | 1u)), (874335u % (c | 1u))); d += p[4u & 7u]; } }
  p[((uint)(((int)(b & 0xffffu) - (int)(c & 0xffffu)) / 3) + 1u) & 7u] = ((c % (889437u | 1u)) * (b + 327561u)); d += p[5u & 7u];
  switch ((818770u >> ((683217u % (971013u | 1u)) & 31u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 257u; /* falls through */ case 2: c = max(min(154956u, a), (866689u - 718468u)); break; default: c = rotate(c, 3u); }
  d ^= convert_uint_sat(fabs(3.35f) * 16.0f);
  tile[lid] = (b & b); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 61u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
