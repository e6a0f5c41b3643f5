struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (rotate(mul_hi((x * y), y), min(y, (uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
__kernel void fuzz(__global uint *out, __global const uint *in, __global float *fout,
                   __global const float *fin, __global uint *acc,
                   __global const struct pair *pairs) {
  uint gid = get_global_id(0), lid = get_local_id(0);
  __local uint tile[64];
  __local struct pair lpair[64];
  uint p[8];
  for (int k = 0; k < 8; k++) p[k] = in[(gid + (uint)k) % 256u];
  uint a = in[gid], b = in[(gid * 7u + 3u) % 256u], c = gid, d = lid;
  float f = fin[gid], g = fin[(gid + 1u) % 256u];
  p[(c + 6u) & 7u] = (190354u + max(gid, lid)); c += p[5u & 7u];
  a = (mul_hi(b, (gid - gid)) ^ (uint)(((int)(mul_hi(a, d) & 0xffffu) - (int)(max(lid, a) & 0xffffu)) / 3));
  a = lid;
  for (int k = 0; k < 4; k++) {  f = clamp((float)(a & 255u), -1000.0f, 1000.0f); }
  f = clamp((g - f), -1000.0f, 1000.0f);
  p[(rotate(a, 938983u) + 0u) & 7u] = ((800328u >> (a & 31u)) >> ((220859u >> (gid & 31u)) & 31u)); a += p[5u & 7u];
  switch ((76442u & 600177u) & 3u) { case 0: d += 1u; break; case 1: d ^= 222u; /* falls through */ case 2: d = ((d - lid) ^ 783912u); break; default: d = rotate(d, 3u); }
  b = (((lid >> (lid & 31u)) << ((c >> (b & 31u)) & 31u)) + (uint)(((int)(gid & 0xffffu) - (int)((197657u + c) & 0xffffu)) / 3));
  g = clamp(sqrt(fabs(clamp(1.24f, -4.0f, 4.0f))), -1000.0f, 1000.0f);
  switch ((((d < gid) ? d : (gid ^ 0x55u)) >> (c & 31u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 872u; /* falls through */ case 2: c = ((62348u >> (770741u & 31u)) % (431073u | 1u)); break; default: c = rotate(c, 3u); }
  tile[lid] = ((gid << (lid & 31u)) / ((gid | a) | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 27u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
