struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((x - x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = h0(d, (388893u >> (min(lid, 322816u) & 31u)));
  if (((uint)(((int)(729405u & 0xffffu) - (int)(788981u & 0xffffu)) / 3) - min(b, gid)) != (uint)(((int)((c + 810078u) & 0xffffu) - (int)(lid & 0xffffu)) / 3)) { if ((230938u * d) != rotate((310878u + 120177u), (uint)(((int)(d & 0xffffu) - (int)(d & 0xffffu)) / 3))) { f = clamp((clamp(g, -4.0f, 4.0f) - f), -1000.0f, 1000.0f); } else { p[((b >> (a & 31u)) + 0u) & 7u] = rotate((uint)(((int)(638007u & 0xffffu) - (int)(a & 0xffffu)) / 3), (gid + b)); c += p[7u & 7u]; } } else { a = h0(max(lid, (440003u | gid)), (min(b, gid) << (((c < d) ? c : (d ^ 0x55u)) & 31u))); }
  d = h0((min(b, c) << ((d | 475516u) & 31u)), ((d & 188877u) / ((299222u / (983275u | 1u)) | 1u)));
  p[(rotate(lid, 192466u) + 3u) & 7u] = mul_hi(min(lid, 294853u), min(a, 382796u)); a += p[2u & 7u];
  d ^= convert_uint_sat(fabs(fmin(f, ((float)(a & 255u) + g))) * 16.0f);
  c = (((c % (gid | 1u)) / (d | 1u)) / (490009u | 1u));
  switch ((199711u / ((384257u / (lid | 1u)) | 1u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 731u; /* falls through */ case 2: b = rotate((d * b), (gid << (d & 31u))); break; default: b = rotate(b, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
