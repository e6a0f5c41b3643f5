struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (rotate((mul_hi(1016099u, y) << ((y | x) & 31u)), max((x << (x & 31u)), x))); y ^= x >> 3; x = x * 31u + (max(((x ^ y) + (65108u - y)), (((349123u - 147811u) < (x | y)) ? (349123u - 147811u) : ((x | y) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + (((rotate(x, y) < ((507526u | y) * (940140u | x))) ? rotate(x, y) : (((507526u | y) * (940140u | x)) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch (((d >> (lid & 31u)) >> ((342055u / (162105u | 1u)) & 31u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 647u; /* falls through */ case 2: d = ((d - lid) / (mul_hi(279323u, b) | 1u)); break; default: d = rotate(d, 3u); }
  a = rotate((uint)(((int)((d + b) & 0xffffu) - (int)(gid & 0xffffu)) / 3), (lid * gid));
  a ^= convert_uint_sat(fabs((fmin(g, (float)(a & 255u)) / (fabs((g - f)) + 1.0f))) * 16.0f);
  c = rotate(max(c, (lid / (c | 1u))), (b / (745279u | 1u)));
  b = (((gid + gid) * (a >> (b & 31u))) + mul_hi((1047301u * lid), (c + 96674u)));
  p[(rotate(327379u, a) + 2u) & 7u] = mul_hi(gid, (a % (977969u | 1u))); c += p[1u & 7u];
  for (int k = 0; k < 1; k++) {  if (a != max(330141u, 749167u)) { p[((a | lid) + 0u) & 7u] = ((a >> (lid & 31u)) << ((147251u * lid) & 31u)); a += p[4u & 7u]; } else { c ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f); } }
  tile[lid] = (rotate(lid, d) | d); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 5u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
