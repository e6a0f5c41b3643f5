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
  b = mul_hi((b >> ((572769u - d) & 31u)), (a * mul_hi(c, 787717u)));
  p[(100260u + 5u) & 7u] = ((c >> (a & 31u)) << ((c / (a | 1u)) & 31u)); b += p[6u & 7u];
  f = clamp((((float)(a & 255u) + (f + g)) / (fabs(sqrt(fabs(f))) + 1.0f)), -1000.0f, 1000.0f);
  a ^= convert_uint_sat(fabs(1.7f) * 16.0f);
  p[(rotate(27955u, 288639u) + 5u) & 7u] = (968048u & (uint)(((int)(c & 0xffffu) - (int)(b & 0xffffu)) / 3)); a += p[7u & 7u];
  for (int k = 0; k < 5; k++) {  if ((1022532u & gid) > ((b >> (d & 31u)) / (lid | 1u))) { p[((b ^ 385678u) + 6u) & 7u] = 344205u; d += p[0u & 7u]; } else { g = clamp(f, -1000.0f, 1000.0f); } }
  p[(((514136u < 811582u) ? 514136u : (811582u ^ 0x55u)) + 3u) & 7u] = min(min(c, c), (uint)(((int)(c & 0xffffu) - (int)(d & 0xffffu)) / 3)); d += p[1u & 7u];
  g = clamp(clamp((f / (fabs(fmin((float)(a & 255u), g)) + 1.0f)), -4.0f, 4.0f), -1000.0f, 1000.0f);
  switch (b & 3u) { case 0: d += 1u; break; case 1: d ^= 401u; /* falls through */ case 2: d = (b + rotate(d, lid)); break; default: d = rotate(d, 3u); }
  for (int k = 0; k < 3; k++) {  p[(rotate(720773u, c) + 6u) & 7u] = 69525u; a += p[6u & 7u]; }
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
