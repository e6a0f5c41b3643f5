struct pair { uint u; float f; };
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
  switch (max((1020011u - 693941u), (b % (a | 1u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 294u; /* falls through */ case 2: c = mul_hi((237771u / (gid | 1u)), (d & 740140u)); break; default: c = rotate(c, 3u); }
  if (((a - d) - b) == mul_hi(((b < 230997u) ? b : (230997u ^ 0x55u)), d)) { c = max((mul_hi(lid, 643340u) / (((455296u < b) ? 455296u : (b ^ 0x55u)) | 1u)), 570421u); } else { a = min(((b + gid) ^ c), ((lid + c) * (870417u >> (lid & 31u)))); }
  d = ((b / (b | 1u)) >> ((min(430351u, b) << (533544u & 31u)) & 31u));
  a = gid;
  switch (c & 3u) { case 0: d += 1u; break; case 1: d ^= 150u; /* falls through */ case 2: d = (lid * gid); break; default: d = rotate(d, 3u); }
  switch ((gid ^ (lid + b)) & 3u) { case 0: b += 1u; break; case 1: b ^= 242u; /* falls through */ case 2: b = a; break; default: b = rotate(b, 3u); }
  p[(min(276468u, 657261u) + 1u) & 7u] = mul_hi(863803u, (682130u << (106471u & 31u))); a += p[7u & 7u];
  switch ((a >> ((a << (329945u & 31u)) & 31u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 829u; /* falls through */ case 2: d = ((450105u - 312811u) << ((d | 406727u) & 31u)); break; default: d = rotate(d, 3u); }
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 1u) continue; if ((uint)(((int)((uint)(((int)(617366u & 0xffffu) - (int)(d & 0xffffu)) / 3) & 0xffffu) - (int)(d & 0xffffu)) / 3) != (c | (gid & d))) { f = clamp((3.2f / (fabs(2.81f) + 1.0f)), -1000.0f, 1000.0f); } else { a = ((b & (447268u >> (1036383u & 31u))) | (rotate(559849u, a) * (c - 386804u))); } }
  tile[lid] = b; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 63u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
