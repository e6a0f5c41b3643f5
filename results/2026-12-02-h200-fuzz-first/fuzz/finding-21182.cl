struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (max(((509800u & y) ^ (y ^ x)), (uint)(((int)((797399u % (1018700u | 1u)) & 0xffffu) - (int)(353272u & 0xffffu)) / 3))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[((lid - d) + 7u) & 7u] = mul_hi(gid, d); d += p[4u & 7u];
  for (int k = 0; k < 2; k++) {  switch (((uint)(((int)(d & 0xffffu) - (int)(gid & 0xffffu)) / 3) + (417823u / (a | 1u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 784u; /* falls through */ case 2: c = c; break; default: c = rotate(c, 3u); } }
  p[((gid >> (256777u & 31u)) + 6u) & 7u] = min(((370583u < c) ? 370583u : (c ^ 0x55u)), 405635u); d += p[6u & 7u];
  b ^= convert_uint_sat(fabs(f) * 16.0f);
  p[(728718u + 1u) & 7u] = mul_hi(a, (d & 353669u)); a += p[6u & 7u];
  tile[lid] = ((b % (lid | 1u)) >> (c & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 55u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
