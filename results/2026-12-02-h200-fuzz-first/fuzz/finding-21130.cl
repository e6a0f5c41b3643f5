struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (mul_hi(max((x | x), 438906u), y)); y ^= x >> 3; x = x * 31u + (rotate(x, rotate((x + y), (414834u & x)))); y ^= x >> 3; x = x * 31u + ((mul_hi((790115u % (y | 1u)), 803815u) / ((uint)(((int)(y & 0xffffu) - (int)((y * 1013226u) & 0xffffu)) / 3) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  f = clamp(fmax((float)(a & 255u), sqrt(fabs((f + f)))), -1000.0f, 1000.0f);
  if (max((b | 793009u), d) == (min(b, 297997u) & (756079u & b))) { for (int k = 0; k < 6; k++) { if ((a & 7u) == 3u) break; p[((lid >> (a & 31u)) + 6u) & 7u] = mul_hi(max(lid, 164503u), (c + lid)); a += p[1u & 7u]; } } else { d = rotate(((d % (766377u | 1u)) & 555201u), min((uint)(((int)(c & 0xffffu) - (int)(b & 0xffffu)) / 3), (uint)(((int)(gid & 0xffffu) - (int)(621310u & 0xffffu)) / 3))); }
  p[(b + 3u) & 7u] = min((726436u - c), 541626u); b += p[6u & 7u];
  switch ((800600u - (c + 516551u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 984u; /* falls through */ case 2: c = ((gid / (728333u | 1u)) & (a % (a | 1u))); break; default: c = rotate(c, 3u); }
  d = h0(353402u, gid);
  b ^= convert_uint_sat(fabs(3.68f) * 16.0f);
  a = h0((min(d, 492833u) >> ((346283u / (b | 1u)) & 31u)), rotate(min(656003u, gid), max(925587u, 690712u)));
  p[((c / (d | 1u)) + 3u) & 7u] = ((b ^ b) * (a ^ b)); d += p[6u & 7u];
  switch (mul_hi((b | b), a) & 3u) { case 0: b += 1u; break; case 1: b ^= 476u; /* falls through */ case 2: b = ((d ^ 568001u) * (uint)(((int)(d & 0xffffu) - (int)(gid & 0xffffu)) / 3)); break; default: b = rotate(b, 3u); }
  tile[lid] = ((d * gid) ^ b); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 47u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
