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
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 0u) continue; a = mul_hi((((uint)(((int)(lid & 0xffffu) - (int)(a & 0xffffu)) / 3) < (uint)(((int)(c & 0xffffu) - (int)(lid & 0xffffu)) / 3)) ? (uint)(((int)(lid & 0xffffu) - (int)(a & 0xffffu)) / 3) : ((uint)(((int)(c & 0xffffu) - (int)(lid & 0xffffu)) / 3) ^ 0x55u)), ((c % (38792u | 1u)) & (gid & 605328u))); }
  switch ((max(gid, d) / (((b < b) ? b : (b ^ 0x55u)) | 1u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 39u; /* falls through */ case 2: b = 527279u; break; default: b = rotate(b, 3u); }
  switch ((rotate(d, c) * (a % (d | 1u))) & 3u) { case 0: a += 1u; break; case 1: a ^= 526u; /* falls through */ case 2: a = (rotate(111404u, gid) * (426192u + 363939u)); break; default: a = rotate(a, 3u); }
  f = clamp(g, -1000.0f, 1000.0f);
  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 0u) continue; f = clamp(clamp(g, -4.0f, 4.0f), -1000.0f, 1000.0f); }
  b = (((264571u - b) / (965074u | 1u)) / ((((c < gid) ? c : (gid ^ 0x55u)) + mul_hi(d, a)) | 1u));
  switch (((b % (d | 1u)) & (734441u * lid)) & 3u) { case 0: a += 1u; break; case 1: a ^= 147u; /* falls through */ case 2: a = 187530u; break; default: a = rotate(a, 3u); }
  a = rotate((960438u << ((c + c) & 31u)), ((uint)(((int)(a & 0xffffu) - (int)(lid & 0xffffu)) / 3) >> (max(c, c) & 31u)));
  switch (((838220u & 929792u) - rotate(d, d)) & 3u) { case 0: c += 1u; break; case 1: c ^= 164u; /* falls through */ case 2: c = ((178164u ^ 913857u) << ((c ^ 704025u) & 31u)); break; default: c = rotate(c, 3u); }
  c = ((max(b, b) << ((lid ^ gid) & 31u)) & 358975u);
  tile[lid] = 520844u; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 45u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
