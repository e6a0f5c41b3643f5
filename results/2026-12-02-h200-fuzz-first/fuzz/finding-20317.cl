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
  c = max((rotate(lid, c) + c), min(112546u, a));
  d ^= convert_uint_sat(fabs(0.60f) * 16.0f);
  p[(lid + 7u) & 7u] = rotate(b, ((270704u < 711921u) ? 270704u : (711921u ^ 0x55u))); a += p[7u & 7u];
  switch (((b - 159698u) ^ (b << (379255u & 31u))) & 3u) { case 0: a += 1u; break; case 1: a ^= 829u; /* falls through */ case 2: a = min((208488u / (c | 1u)), lid); break; default: a = rotate(a, 3u); }
  a = gid;
  p[(a + 4u) & 7u] = ((697724u ^ 69318u) + (655376u - d)); a += p[0u & 7u];
  d = (mul_hi(max(960803u, d), (b / (b | 1u))) ^ max((uint)(((int)(c & 0xffffu) - (int)(930224u & 0xffffu)) / 3), 118669u));
  p[(min(lid, 386951u) + 5u) & 7u] = c; a += p[7u & 7u];
  for (int k = 0; k < 2; k++) {  if (max((266841u | 392206u), (lid + b)) == ((gid | 324532u) * (b << (lid & 31u)))) { b = d; } else { d = 5621u; } }
  d = (uint)(((int)((max(lid, a) % ((455286u ^ lid) | 1u)) & 0xffffu) - (int)(rotate(c, a) & 0xffffu)) / 3);
  a ^= convert_uint_sat(fabs((fmax((float)(a & 255u), 0.84f) * sqrt(fabs(f)))) * 16.0f);
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
