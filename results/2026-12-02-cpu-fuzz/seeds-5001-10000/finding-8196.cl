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
  if (min(rotate(496120u, c), (681471u + a)) < 94371u) { switch (d & 3u) { case 0: a += 1u; break; case 1: a ^= 238u; /* falls through */ case 2: a = ((a ^ d) & (c / (303083u | 1u))); break; default: a = rotate(a, 3u); } } else { p[((d | a) + 0u) & 7u] = ((1010418u ^ a) % (939487u | 1u)); c += p[1u & 7u]; }
  if ((((lid ^ a) < gid) ? (lid ^ a) : (gid ^ 0x55u)) > (mul_hi(163810u, a) << (479981u & 31u))) { for (int k = 0; k < 4; k++) {  p[((a - 909677u) + 4u) & 7u] = (mul_hi(b, c) * max(c, lid)); c += p[6u & 7u]; } } else { if (max((276454u * a), (862232u + 501338u)) != 812438u) { p[(rotate(c, d) + 1u) & 7u] = (mul_hi(c, b) / (gid | 1u)); c += p[1u & 7u]; } else { d = rotate(((718950u / (b | 1u)) + (707056u * a)), ((a + lid) & min(gid, 198584u))); } }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
