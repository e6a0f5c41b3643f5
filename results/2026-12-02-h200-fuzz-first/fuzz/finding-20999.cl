struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((mul_hi(y, x) << (min((478286u | y), (uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3)) & 31u))); y ^= x >> 3; x = x * 31u + ((((x % (x | 1u)) < (849041u << (((477802u < 588947u) ? 477802u : (588947u ^ 0x55u)) & 31u))) ? (x % (x | 1u)) : ((849041u << (((477802u < 588947u) ? 477802u : (588947u ^ 0x55u)) & 31u)) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 0u) continue; d = h0(((326137u >> (105189u & 31u)) - mul_hi(819068u, 333136u)), a); }
  switch (min((a / (859553u | 1u)), (456455u % (284509u | 1u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 994u; /* falls through */ case 2: b = ((a % (594490u | 1u)) & d); break; default: b = rotate(b, 3u); }
  switch (((uint)(((int)(a & 0xffffu) - (int)(lid & 0xffffu)) / 3) | (gid % (755015u | 1u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 179u; /* falls through */ case 2: c = ((c >> (lid & 31u)) * (d | 393544u)); break; default: c = rotate(c, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
