struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((((y << (x & 31u)) < (y >> (1014565u & 31u))) ? (y << (x & 31u)) : ((y >> (1014565u & 31u)) ^ 0x55u)) >> (645124u & 31u))); y ^= x >> 3; x = x * 31u + (max(((y ^ 210229u) | ((598304u < 876010u) ? 598304u : (876010u ^ 0x55u))), (y & (uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3)))); y ^= x >> 3; x = x * 31u + ((y + ((y - y) >> ((247725u * x) & 31u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = h0((gid ^ d), rotate(914693u, (91560u * b)));
  a = h0(a, (426766u + a));
  f = clamp(clamp(clamp(sqrt(fabs(0.70f)), -4.0f, 4.0f), -4.0f, 4.0f), -1000.0f, 1000.0f);
  c = (rotate((gid + 88268u), (d ^ c)) / (((539165u * d) % ((300384u / (lid | 1u)) | 1u)) | 1u));
  if ((rotate(b, a) / ((a * gid) | 1u)) == ((c >> (d & 31u)) >> (min(182806u, 182221u) & 31u))) { switch (mul_hi(851153u, c) & 3u) { case 0: b += 1u; break; case 1: b ^= 377u; /* falls through */ case 2: b = (mul_hi(311655u, 500916u) ^ min(b, gid)); break; default: b = rotate(b, 3u); } } else { b = (((lid ^ c) << (min(530812u, 754397u) & 31u)) << (((d - b) + (135819u + d)) & 31u)); }
  if ((((lid - c) < (a - 251388u)) ? (lid - c) : ((a - 251388u) ^ 0x55u)) == 695220u) { switch ((uint)(((int)(gid & 0xffffu) - (int)((uint)(((int)(372321u & 0xffffu) - (int)(355434u & 0xffffu)) / 3) & 0xffffu)) / 3) & 3u) { case 0: c += 1u; break; case 1: c ^= 483u; /* falls through */ case 2: c = mul_hi(mul_hi(lid, b), (d >> (273375u & 31u))); break; default: c = rotate(c, 3u); } } else { b = (((max(lid, d) < (a << (b & 31u))) ? max(lid, d) : ((a << (b & 31u)) ^ 0x55u)) | 233147u); }
  p[((gid / (gid | 1u)) + 3u) & 7u] = ((((387754u < gid) ? 387754u : (gid ^ 0x55u)) < (d & 199357u)) ? ((387754u < gid) ? 387754u : (gid ^ 0x55u)) : ((d & 199357u) ^ 0x55u)); d += p[0u & 7u];
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 1u) continue; switch (max((d + gid), (uint)(((int)(555039u & 0xffffu) - (int)(a & 0xffffu)) / 3)) & 3u) { case 0: c += 1u; break; case 1: c ^= 257u; /* falls through */ case 2: c = 492654u; break; default: c = rotate(c, 3u); } }
  d = h0(372615u, gid);
  if ((113605u ^ (787745u * d)) == ((586365u % (a | 1u)) * ((d < gid) ? d : (gid ^ 0x55u)))) { switch (max(c, (263558u - b)) & 3u) { case 0: a += 1u; break; case 1: a ^= 749u; /* falls through */ case 2: a = ((d * d) * 26880u); break; default: a = rotate(a, 3u); } } else { c = ((((lid < d) ? lid : (d ^ 0x55u)) >> ((a >> (a & 31u)) & 31u)) >> (c & 31u)); }
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
