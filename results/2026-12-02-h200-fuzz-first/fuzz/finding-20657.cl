struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (mul_hi((uint)(((int)((x << (107641u & 31u)) & 0xffffu) - (int)(605010u & 0xffffu)) / 3), rotate((x - x), max(x, 645761u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if ((a >> ((a - c) & 31u)) == rotate(min(854638u, gid), (gid >> (c & 31u)))) { d = h0((min(a, 594260u) & (3801u / (lid | 1u))), ((1044387u >> (b & 31u)) / (c | 1u))); } else { switch (min((b + 90364u), max(782539u, 956377u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 724u; /* falls through */ case 2: c = lid; break; default: c = rotate(c, 3u); } }
  for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 0u) continue; a = a; }
  for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 1u) continue; switch (rotate((845916u % (d | 1u)), (lid & 904424u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 399u; /* falls through */ case 2: b = (min(836320u, lid) + gid); break; default: b = rotate(b, 3u); } }
  d ^= convert_uint_sat(fabs(f) * 16.0f);
  p[((633419u ^ 861933u) + 7u) & 7u] = (rotate(d, c) << (rotate(a, d) & 31u)); a += p[2u & 7u];
  a ^= convert_uint_sat(fabs(f) * 16.0f);
  for (int k = 0; k < 4; k++) {  d = gid; }
  for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 1u) continue; p[(min(gid, 614645u) + 1u) & 7u] = rotate(626053u, mul_hi(889919u, gid)); c += p[3u & 7u]; }
  tile[lid] = 863830u; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 34u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
