struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (min(x, (((968803u * 734574u) < max(x, 305679u)) ? (968803u * 734574u) : (max(x, 305679u) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + (mul_hi(rotate(max(x, x), (928608u >> (x & 31u))), y)); y ^= x >> 3; x = x * 31u + ((rotate(max(x, x), (607680u % (y | 1u))) >> (y & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 1; k++) {  for (int k = 0; k < 3; k++) { if ((c & 7u) == 7u) break; g = clamp((2.95f - (g * (g - g))), -1000.0f, 1000.0f); } }
  switch (((gid % (a | 1u)) ^ mul_hi(358850u, 602578u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 302u; /* falls through */ case 2: d = ((d - d) ^ (982397u ^ gid)); break; default: d = rotate(d, 3u); }
  switch (350039u & 3u) { case 0: c += 1u; break; case 1: c ^= 199u; /* falls through */ case 2: c = ((d + d) / (mul_hi(gid, gid) | 1u)); break; default: c = rotate(c, 3u); }
  g = clamp(f, -1000.0f, 1000.0f);
  p[(rotate(786828u, lid) + 4u) & 7u] = rotate(((c < 75375u) ? c : (75375u ^ 0x55u)), (gid << (b & 31u))); c += p[6u & 7u];
  f = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  b ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  switch (((max(422812u, c) < ((c < c) ? c : (c ^ 0x55u))) ? max(422812u, c) : (((c < c) ? c : (c ^ 0x55u)) ^ 0x55u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 315u; /* falls through */ case 2: d = ((449955u << (c & 31u)) ^ (uint)(((int)(c & 0xffffu) - (int)(c & 0xffffu)) / 3)); break; default: d = rotate(d, 3u); }
  tile[lid] = ((1035205u >> (535152u & 31u)) / (c | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 8u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
