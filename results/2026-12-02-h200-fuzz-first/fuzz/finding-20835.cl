struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (min(max((620611u << (y & 31u)), 363927u), rotate((y - x), (940014u ^ x)))); y ^= x >> 3; x = x * 31u + (((672545u < x) ? 672545u : (x ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (((gid % (d | 1u)) + (gid / (517880u | 1u))) == 392437u) { switch (((330556u + 907323u) + (110682u * gid)) & 3u) { case 0: b += 1u; break; case 1: b ^= 917u; /* falls through */ case 2: b = ((685233u + 501689u) ^ (687552u << (b & 31u))); break; default: b = rotate(b, 3u); } } else { if (((gid ^ 107176u) + min(b, b)) < ((uint)(((int)(a & 0xffffu) - (int)(742551u & 0xffffu)) / 3) - rotate(a, 1009820u))) { a = ((rotate(min(lid, 853117u), (777758u >> (gid & 31u))) < ((654181u * 493094u) * gid)) ? rotate(min(lid, 853117u), (777758u >> (gid & 31u))) : (((654181u * 493094u) * gid) ^ 0x55u)); } else { g = clamp(fmin(1.95f, clamp(((float)(a & 255u) + (float)(a & 255u)), -4.0f, 4.0f)), -1000.0f, 1000.0f); } }
  switch ((a + (lid | c)) & 3u) { case 0: a += 1u; break; case 1: a ^= 799u; /* falls through */ case 2: a = ((lid | 579042u) >> (rotate(322996u, 363661u) & 31u)); break; default: a = rotate(a, 3u); }
  tile[lid] = ((c * c) * b); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 46u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
