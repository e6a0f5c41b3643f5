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
  switch ((uint)(((int)((gid << (c & 31u)) & 0xffffu) - (int)(rotate(d, gid) & 0xffffu)) / 3) & 3u) { case 0: a += 1u; break; case 1: a ^= 596u; /* falls through */ case 2: a = 562465u; break; default: a = rotate(a, 3u); }
  if (max(rotate(b, b), 65597u) != rotate((884061u ^ gid), (b & d))) { if (((uint)(((int)(gid & 0xffffu) - (int)(173673u & 0xffffu)) / 3) - (b | lid)) != (mul_hi(d, 710962u) ^ 977127u)) { g = clamp(f, -1000.0f, 1000.0f); } else { g = clamp(clamp((float)(a & 255u), -4.0f, 4.0f), -1000.0f, 1000.0f); } } else { for (int k = 0; k < 2; k++) { if ((d & 7u) == 6u) break; p[(rotate(a, 15482u) + 0u) & 7u] = ((a << (d & 31u)) - (954913u >> (b & 31u))); c += p[4u & 7u]; } }
  g = clamp(g, -1000.0f, 1000.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
