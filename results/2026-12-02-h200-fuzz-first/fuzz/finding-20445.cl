struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((min(y, 528800u) < rotate(738446u, y)) ? min(y, 528800u) : (rotate(738446u, y) ^ 0x55u)) | (min(709795u, x) & y))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b ^= convert_uint_sat(fabs((fmin(f, (float)(a & 255u)) - g)) * 16.0f);
  for (int k = 0; k < 4; k++) { if ((c & 7u) == 3u) break; b ^= convert_uint_sat(fabs((2.0f / (fabs(clamp(g, -4.0f, 4.0f)) + 1.0f))) * 16.0f); }
  c ^= convert_uint_sat(fabs(fmax(sqrt(fabs(g)), g)) * 16.0f);
  switch (d & 3u) { case 0: a += 1u; break; case 1: a ^= 78u; /* falls through */ case 2: a = (((c + gid) < (uint)(((int)(d & 0xffffu) - (int)(gid & 0xffffu)) / 3)) ? (c + gid) : ((uint)(((int)(d & 0xffffu) - (int)(gid & 0xffffu)) / 3) ^ 0x55u)); break; default: a = rotate(a, 3u); }
  f = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  d ^= convert_uint_sat(fabs(fmax((2.50f + (float)(a & 255u)), (0.28f - 1.99f))) * 16.0f);
  for (int k = 0; k < 3; k++) {  d = (b % (((440u + d) << ((914861u << (gid & 31u)) & 31u)) | 1u)); }
  if (gid != ((c / (57577u | 1u)) ^ (uint)(((int)(601711u & 0xffffu) - (int)(gid & 0xffffu)) / 3))) { a = h0(max((gid << (d & 31u)), (uint)(((int)(172733u & 0xffffu) - (int)(d & 0xffffu)) / 3)), b); } else { c = h0(((gid - d) & (98598u + c)), min((uint)(((int)(b & 0xffffu) - (int)(c & 0xffffu)) / 3), min(c, b))); }
  switch (((lid / (gid | 1u)) >> (543241u & 31u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 350u; /* falls through */ case 2: d = rotate((lid | a), rotate(b, a)); break; default: d = rotate(d, 3u); }
  tile[lid] = ((291831u % (b | 1u)) & ((a < a) ? a : (a ^ 0x55u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 3u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
