struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((mul_hi(930803u, 354325u) * (y * 272704u)) * ((x | x) + (580195u | y)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (rotate((mul_hi(y, y) ^ x), (x % ((uint)(((int)(713405u & 0xffffu) - (int)(y & 0xffffu)) / 3) | 1u)))); y ^= x >> 3; x = x * 31u + (223264u); y ^= x >> 3; x = x * 31u + ((((max(x, x) >> ((485382u << (13204u & 31u)) & 31u)) < max((x - y), 878516u)) ? (max(x, x) >> ((485382u << (13204u & 31u)) & 31u)) : (max((x - y), 878516u) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (((737931u - (y / (646239u | 1u))) << (x & 31u))); y ^= x >> 3; x = x * 31u + (rotate((y | (x * y)), y)); y ^= x >> 3; x = x * 31u + (((mul_hi(34846u, y) | (y | y)) >> ((uint)(((int)(mul_hi(x, y) & 0xffffu) - (int)(883310u & 0xffffu)) / 3) & 31u))); y ^= x >> 3; x = x * 31u + ((545972u | mul_hi((uint)(((int)(y & 0xffffu) - (int)(622308u & 0xffffu)) / 3), rotate(y, y)))); y ^= x >> 3; x = x * 31u + (507002u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[(d + 2u) & 7u] = (min(lid, d) & min(336303u, c)); b += p[7u & 7u];
  b = h0(((a << (124935u & 31u)) ^ (uint)(((int)(gid & 0xffffu) - (int)(gid & 0xffffu)) / 3)), 552240u);
  b = h0((min(209931u, b) + d), mul_hi((gid - lid), (d / (3095u | 1u))));
  c = mul_hi(b, 807503u);
  c ^= convert_uint_sat(fabs(fmin((float)(a & 255u), g)) * 16.0f);
  a = ((uint)(((int)(min(d, 957117u) & 0xffffu) - (int)(lid & 0xffffu)) / 3) % (a | 1u));
  g = clamp(sqrt(fabs(((g * f) * g))), -1000.0f, 1000.0f);
  for (int k = 0; k < 2; k++) { if ((c & 7u) == 7u) break; switch ((20708u * 301587u) & 3u) { case 0: b += 1u; break; case 1: b ^= 761u; /* falls through */ case 2: b = (857096u * ((259490u < b) ? 259490u : (b ^ 0x55u))); break; default: b = rotate(b, 3u); } }
  d ^= convert_uint_sat(fabs(fmin(((float)(a & 255u) * 2.51f), fmax(f, 1.76f))) * 16.0f);
  for (int k = 0; k < 2; k++) { if ((d & 7u) == 0u) break; f = clamp(g, -1000.0f, 1000.0f); }
  b = h0((mul_hi(125034u, gid) & (d ^ 863083u)), d);
  tile[lid] = ((a | 635840u) + rotate(gid, d)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 19u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
