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
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 0u) continue; if ((uint)(((int)(d & 0xffffu) - (int)((lid / (b | 1u)) & 0xffffu)) / 3) == min((gid * 670797u), b)) { c = 602755u; } else { f = clamp(1.88f, -1000.0f, 1000.0f); } }
  p[((a + b) + 7u) & 7u] = 151762u; b += p[2u & 7u];
  f = clamp(f, -1000.0f, 1000.0f);
  b = ((mul_hi(355086u, b) - (uint)(((int)(b & 0xffffu) - (int)(a & 0xffffu)) / 3)) << (c & 31u));
  if (((b | a) / (508133u | 1u)) < ((lid - 434554u) >> (c & 31u))) { switch (mul_hi((a & 327761u), (193029u | 49556u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 11u; /* falls through */ case 2: b = mul_hi(gid, (lid ^ c)); break; default: b = rotate(b, 3u); } } else { b = a; }
  tile[lid] = ((671318u & a) + (b >> (991230u & 31u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 59u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
