struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (rotate(min(max(x, y), max(x, y)), ((x | x) + x))); y ^= x >> 3; x = x * 31u + (516085u); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((x + x) * min(545302u, 296615u)) >> (x & 31u))); y ^= x >> 3; x = x * 31u + (min(((y >> (y & 31u)) + (y * x)), (((9410u - x) < (71147u - y)) ? (9410u - x) : ((71147u - y) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + (mul_hi((max(y, y) << ((y << (199370u & 31u)) & 31u)), (y / ((x << (y & 31u)) | 1u)))); y ^= x >> 3; x = x * 31u + (rotate((y | x), x)); y ^= x >> 3; x = x * 31u + ((((((536562u < x) ? 536562u : (x ^ 0x55u)) - (x & 194540u)) < (uint)(((int)(min(x, y) & 0xffffu) - (int)((908744u / (936124u | 1u)) & 0xffffu)) / 3)) ? (((536562u < x) ? 536562u : (x ^ 0x55u)) - (x & 194540u)) : ((uint)(((int)(min(x, y) & 0xffffu) - (int)((908744u / (936124u | 1u)) & 0xffffu)) / 3) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((max((592493u + 40672u), y) >> (y & 31u))); y ^= x >> 3; x = x * 31u + (max(rotate(648865u, (y + y)), ((y & x) % (min(y, x) | 1u)))); y ^= x >> 3; x = x * 31u + (373425u); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3) - (x ^ y)) - x)); y ^= x >> 3; x = x * 31u + ((((y / (y | 1u)) << (x & 31u)) >> (rotate(mul_hi(y, y), 153149u) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (min((b * c), (869365u - 382094u)) > ((d ^ a) % ((lid / (93837u | 1u)) | 1u))) { f = clamp(1.85f, -1000.0f, 1000.0f); } else { c = ((c + (uint)(((int)(92958u & 0xffffu) - (int)(b & 0xffffu)) / 3)) / ((rotate(586735u, 428500u) ^ rotate(c, b)) | 1u)); }
  b = (lid + ((b >> (560257u & 31u)) << ((634378u | c) & 31u)));
  for (int k = 0; k < 4; k++) { if ((a & 7u) == 7u) break; if (b > (((d < a) ? d : (a ^ 0x55u)) & mul_hi(163664u, b))) { d = (((d / (a | 1u)) + (c / (lid | 1u))) % (max(lid, gid) | 1u)); } else { p[(a + 7u) & 7u] = mul_hi(rotate(lid, a), (c / (c | 1u))); c += p[1u & 7u]; } }
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 1u) continue; if (((318952u < (lid * a)) ? 318952u : ((lid * a) ^ 0x55u)) < ((uint)(((int)(226922u & 0xffffu) - (int)(1041676u & 0xffffu)) / 3) >> ((gid & gid) & 31u))) { b ^= convert_uint_sat(fabs(fmin((float)(a & 255u), fmax(f, 3.21f))) * 16.0f); } else { c = (((485088u | gid) ^ (d * 579543u)) & (uint)(((int)((lid - b) & 0xffffu) - (int)((a & 355208u) & 0xffffu)) / 3)); } }
  b = b;
  if ((rotate(219093u, b) << ((b * lid) & 31u)) < (c / ((uint)(((int)(b & 0xffffu) - (int)(b & 0xffffu)) / 3) | 1u))) { c ^= convert_uint_sat(fabs(((g - f) + clamp((float)(a & 255u), -4.0f, 4.0f))) * 16.0f); } else { for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 0u) continue; f = clamp((sqrt(fabs(g)) - g), -1000.0f, 1000.0f); } }
  b ^= convert_uint_sat(fabs(clamp(((float)(a & 255u) * g), -4.0f, 4.0f)) * 16.0f);
  if (d != (mul_hi(b, gid) % ((680347u ^ lid) | 1u))) { switch (((lid & b) | gid) & 3u) { case 0: c += 1u; break; case 1: c ^= 879u; /* falls through */ case 2: c = ((c / (c | 1u)) ^ (uint)(((int)(c & 0xffffu) - (int)(d & 0xffffu)) / 3)); break; default: c = rotate(c, 3u); } } else { d ^= convert_uint_sat(fabs(f) * 16.0f); }
  f = clamp(sqrt(fabs((fmax(g, f) - (float)(a & 255u)))), -1000.0f, 1000.0f);
  b ^= convert_uint_sat(fabs(((0.60f + f) - ((float)(a & 255u) / (fabs((float)(a & 255u)) + 1.0f)))) * 16.0f);
  switch (max(lid, lid) & 3u) { case 0: d += 1u; break; case 1: d ^= 151u; /* falls through */ case 2: d = (816607u | a); break; default: d = rotate(d, 3u); }
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
