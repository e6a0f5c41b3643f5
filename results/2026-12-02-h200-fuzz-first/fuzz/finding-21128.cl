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
  for (int k = 0; k < 6; k++) { if ((c & 7u) == 0u) break; switch (((lid << (gid & 31u)) + (uint)(((int)(gid & 0xffffu) - (int)(b & 0xffffu)) / 3)) & 3u) { case 0: b += 1u; break; case 1: b ^= 182u; /* falls through */ case 2: b = (lid + (764356u & 839537u)); break; default: b = rotate(b, 3u); } }
  d ^= convert_uint_sat(fabs(fmin(clamp(f, -4.0f, 4.0f), sqrt(fabs((float)(a & 255u))))) * 16.0f);
  a ^= convert_uint_sat(fabs((f * g)) * 16.0f);
  switch (((((794467u < a) ? 794467u : (a ^ 0x55u)) < (lid ^ gid)) ? ((794467u < a) ? 794467u : (a ^ 0x55u)) : ((lid ^ gid) ^ 0x55u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 683u; /* falls through */ case 2: a = (rotate(1025312u, c) | (924679u / (d | 1u))); break; default: a = rotate(a, 3u); }
  b = (rotate((909938u / (104984u | 1u)), (436149u << (406152u & 31u))) - 647234u);
  f = clamp(fmax(g, fmin(3.52f, (g + (float)(a & 255u)))), -1000.0f, 1000.0f);
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
