struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (min(rotate((y / (x | 1u)), 461356u), x)); y ^= x >> 3; x = x * 31u + (((rotate(183322u, 624309u) - rotate(x, y)) / (342982u | 1u))); y ^= x >> 3; x = x * 31u + ((y / (mul_hi(max(238022u, y), (x + y)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = (max((b << (370870u & 31u)), (1022943u ^ d)) * min((c | d), mul_hi(gid, 215776u)));
  a ^= convert_uint_sat(fabs(clamp(g, -4.0f, 4.0f)) * 16.0f);
  switch (min(max(c, b), 703434u) & 3u) { case 0: b += 1u; break; case 1: b ^= 785u; /* falls through */ case 2: b = ((a % (a | 1u)) & ((425934u < 391732u) ? 425934u : (391732u ^ 0x55u))); break; default: b = rotate(b, 3u); }
  for (int k = 0; k < 5; k++) {  a = h0((775263u - (lid * 13503u)), mul_hi(gid, mul_hi(540064u, gid))); }
  b ^= convert_uint_sat(fabs(0.53f) * 16.0f);
  switch (mul_hi(b, (gid ^ b)) & 3u) { case 0: d += 1u; break; case 1: d ^= 332u; /* falls through */ case 2: d = c; break; default: d = rotate(d, 3u); }
  if (mul_hi(mul_hi(d, 448860u), mul_hi(b, lid)) == min((b - b), (d / (b | 1u)))) { p[(801555u + 4u) & 7u] = ((964121u * 45772u) * (a % (c | 1u))); a += p[7u & 7u]; } else { c ^= convert_uint_sat(fabs(3.42f) * 16.0f); }
  c = h0((min(a, a) - (275295u | 102109u)), rotate(rotate(lid, b), (uint)(((int)(d & 0xffffu) - (int)(b & 0xffffu)) / 3)));
  if (((c >> (b & 31u)) << ((d & d) & 31u)) != min((lid & d), gid)) { if ((615252u * ((246612u < b) ? 246612u : (b ^ 0x55u))) > 305577u) { a = ((mul_hi(a, 26763u) * a) | ((gid + a) | (912973u & 1048078u))); } else { f = clamp(f, -1000.0f, 1000.0f); } } else { if (((lid | 108671u) + (lid / (a | 1u))) == (rotate(a, c) / (rotate(a, d) | 1u))) { c = mul_hi(((b + d) | (192472u << (gid & 31u))), ((d | 48092u) - (c + d))); } else { a ^= convert_uint_sat(fabs((clamp(3.66f, -4.0f, 4.0f) + f)) * 16.0f); } }
  d ^= convert_uint_sat(fabs(fmax(clamp(2.34f, -4.0f, 4.0f), g)) * 16.0f);
  tile[lid] = lid; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 22u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
