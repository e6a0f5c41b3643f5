struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((max(x, x) - min(y, y)) / (191878u | 1u))); y ^= x >> 3; x = x * 31u + (((uint)(((int)(y & 0xffffu) - (int)(max(x, 975213u) & 0xffffu)) / 3) % (y | 1u))); y ^= x >> 3; x = x * 31u + ((y | y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = b;
  if ((uint)(((int)((a + 976736u) & 0xffffu) - (int)(b & 0xffffu)) / 3) > (rotate(687906u, b) / (((lid < 571677u) ? lid : (571677u ^ 0x55u)) | 1u))) { switch (max(a, (uint)(((int)(b & 0xffffu) - (int)(1001796u & 0xffffu)) / 3)) & 3u) { case 0: c += 1u; break; case 1: c ^= 799u; /* falls through */ case 2: c = (((gid % (809749u | 1u)) < 622517u) ? (gid % (809749u | 1u)) : (622517u ^ 0x55u)); break; default: c = rotate(c, 3u); } } else { c = a; }
  g = clamp(g, -1000.0f, 1000.0f);
  c = ((d << (rotate(lid, gid) & 31u)) & 136031u);
  f = clamp(g, -1000.0f, 1000.0f);
  b = ((((a * 334360u) < (gid % (d | 1u))) ? (a * 334360u) : ((gid % (d | 1u)) ^ 0x55u)) / ((max(518817u, b) + 759508u) | 1u));
  if (rotate(rotate(992939u, a), (255183u * a)) == min((lid / (gid | 1u)), rotate(a, lid))) { switch ((a % (min(gid, gid) | 1u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 624u; /* falls through */ case 2: d = gid; break; default: d = rotate(d, 3u); } } else { d = h0((c & (b % (lid | 1u))), 981942u); }
  p[(max(c, b) + 4u) & 7u] = (b / (lid | 1u)); c += p[1u & 7u];
  switch ((a ^ (gid + b)) & 3u) { case 0: b += 1u; break; case 1: b ^= 528u; /* falls through */ case 2: b = ((uint)(((int)(b & 0xffffu) - (int)(c & 0xffffu)) / 3) ^ (675212u >> (c & 31u))); break; default: b = rotate(b, 3u); }
  atomic_add(&acc[2u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
