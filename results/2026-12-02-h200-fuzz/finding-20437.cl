struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((x | mul_hi(x, (189737u / (y | 1u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = (uint)(((int)(max((c >> (227165u & 31u)), 522607u) & 0xffffu) - (int)(794322u & 0xffffu)) / 3);
  c = (mul_hi((gid % (gid | 1u)), max(d, 676518u)) + (min(a, a) & (937738u * 490350u)));
  switch (a & 3u) { case 0: a += 1u; break; case 1: a ^= 643u; /* falls through */ case 2: a = mul_hi((c * 397668u), rotate(c, b)); break; default: a = rotate(a, 3u); }
  for (int k = 0; k < 4; k++) {  if (((249376u & 259635u) % ((d << (d & 31u)) | 1u)) != (min(lid, b) * gid)) { b = (min((d & b), min(a, 572341u)) * ((c * gid) & (b | c))); } else { f = clamp(((0.50f + fmin(f, (float)(a & 255u))) - ((0.75f / (fabs(g) + 1.0f)) + ((float)(a & 255u) / (fabs(f) + 1.0f)))), -1000.0f, 1000.0f); } }
  switch ((a << ((a << (c & 31u)) & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 710u; /* falls through */ case 2: a = lid; break; default: a = rotate(a, 3u); }
  for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 0u) continue; p[(max(gid, 50412u) + 0u) & 7u] = max(c, (855326u | 303862u)); a += p[3u & 7u]; }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
