struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((((y < 852287u) ? y : (852287u ^ 0x55u)) / (((y < x) ? y : (x ^ 0x55u)) | 1u)) | rotate(rotate(y, 1039407u), (538471u | 484270u)))); y ^= x >> 3; x = x * 31u + (mul_hi((max(y, 342855u) ^ (uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3)), (rotate(1031478u, y) ^ y))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch (691718u & 3u) { case 0: d += 1u; break; case 1: d ^= 658u; /* falls through */ case 2: d = (d / (lid | 1u)); break; default: d = rotate(d, 3u); }
  if (((c / (d | 1u)) / ((lid >> (350737u & 31u)) | 1u)) < d) { d ^= convert_uint_sat(fabs(sqrt(fabs((0.31f + 3.12f)))) * 16.0f); } else { a = h0(((c * 50090u) | (c % (958860u | 1u))), min(584476u, (c + b))); }
  c ^= convert_uint_sat(fabs(3.97f) * 16.0f);
  if (a < ((860656u & lid) % ((255621u * b) | 1u))) { for (int k = 0; k < 1; k++) {  b = (b ^ (min(b, c) & ((lid < c) ? lid : (c ^ 0x55u)))); } } else { b = rotate((((953892u >> (186833u & 31u)) < 956731u) ? (953892u >> (186833u & 31u)) : (956731u ^ 0x55u)), 955135u); }
  b ^= convert_uint_sat(fabs(f) * 16.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
