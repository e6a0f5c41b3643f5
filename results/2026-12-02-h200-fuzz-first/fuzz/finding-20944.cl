struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((rotate((84983u - 294518u), (964995u | x)) + ((x - y) & (x + x)))); y ^= x >> 3; x = x * 31u + (max(max((x + y), (uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3)), (max(y, x) ^ (uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((uint)(((int)(x & 0xffffu) - (int)((((x < 91190u) ? x : (91190u ^ 0x55u)) ^ mul_hi(427052u, y)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((mul_hi(x, x) ^ (uint)(((int)(675238u & 0xffffu) - (int)(110362u & 0xffffu)) / 3)) >> ((max(y, 521861u) & mul_hi(x, x)) & 31u))); y ^= x >> 3; x = x * 31u + ((((404196u - 182047u) * (916618u ^ x)) - x)); y ^= x >> 3; x = x * 31u + (468493u); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (mul_hi((((y < 100057u) ? y : (100057u ^ 0x55u)) >> ((x >> (x & 31u)) & 31u)), (((y + y) < (y ^ 78763u)) ? (y + y) : ((y ^ 78763u) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + (((((x < y) ? x : (y ^ 0x55u)) * y) & min(((y < 352731u) ? y : (352731u ^ 0x55u)), (123118u ^ x)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = (((gid % (b | 1u)) >> (max(a, lid) & 31u)) | (d - min(b, 100952u)));
  p[((gid * a) + 7u) & 7u] = (631085u * (633728u % (lid | 1u))); b += p[1u & 7u];
  p[(a + 7u) & 7u] = (lid % ((c * 98048u) | 1u)); c += p[0u & 7u];
  if ((((b >> (264057u & 31u)) < (lid << (c & 31u))) ? (b >> (264057u & 31u)) : ((lid << (c & 31u)) ^ 0x55u)) != lid) { switch (max((b >> (c & 31u)), gid) & 3u) { case 0: a += 1u; break; case 1: a ^= 496u; /* falls through */ case 2: a = (b ^ gid); break; default: a = rotate(a, 3u); } } else { switch (((uint)(((int)(gid & 0xffffu) - (int)(d & 0xffffu)) / 3) & 646527u) & 3u) { case 0: b += 1u; break; case 1: b ^= 372u; /* falls through */ case 2: b = (rotate(lid, 454911u) - (a + b)); break; default: b = rotate(b, 3u); } }
  d = rotate(((gid - c) % (min(507175u, c) | 1u)), (rotate(lid, lid) & (lid >> (gid & 31u))));
  for (int k = 0; k < 2; k++) { if ((c & 7u) == 7u) break; a = (((d - 862631u) - (a * d)) - min((uint)(((int)(lid & 0xffffu) - (int)(b & 0xffffu)) / 3), (uint)(((int)(gid & 0xffffu) - (int)(c & 0xffffu)) / 3))); }
  p[(d + 6u) & 7u] = ((a & gid) << (rotate(lid, c) & 31u)); d += p[4u & 7u];
  b = ((465645u ^ (d >> (gid & 31u))) + (max(950683u, lid) - rotate(a, gid)));
  p[(((540122u < a) ? 540122u : (a ^ 0x55u)) + 6u) & 7u] = min((uint)(((int)(a & 0xffffu) - (int)(d & 0xffffu)) / 3), mul_hi(957096u, gid)); b += p[2u & 7u];
  a ^= convert_uint_sat(fabs(clamp(g, -4.0f, 4.0f)) * 16.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
