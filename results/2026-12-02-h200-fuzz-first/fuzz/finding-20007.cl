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
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 0u) continue; a = 520550u; }
  switch ((b | (gid | a)) & 3u) { case 0: a += 1u; break; case 1: a ^= 779u; /* falls through */ case 2: a = mul_hi(lid, (237111u * a)); break; default: a = rotate(a, 3u); }
  f = clamp(fmin(g, (float)(a & 255u)), -1000.0f, 1000.0f);
  p[((556300u >> (588060u & 31u)) + 4u) & 7u] = 269333u; d += p[6u & 7u];
  for (int k = 0; k < 5; k++) { if ((d & 7u) == 7u) break; switch (b & 3u) { case 0: a += 1u; break; case 1: a ^= 322u; /* falls through */ case 2: a = (uint)(((int)((752434u - d) & 0xffffu) - (int)((a / (799869u | 1u)) & 0xffffu)) / 3); break; default: a = rotate(a, 3u); } }
  switch ((min(632317u, d) | min(922934u, 833704u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 332u; /* falls through */ case 2: b = ((lid * a) & (402011u >> (409778u & 31u))); break; default: b = rotate(b, 3u); }
  switch (((d ^ 224173u) ^ (777584u - d)) & 3u) { case 0: b += 1u; break; case 1: b ^= 169u; /* falls through */ case 2: b = max(min(a, lid), (a | 123830u)); break; default: b = rotate(b, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
