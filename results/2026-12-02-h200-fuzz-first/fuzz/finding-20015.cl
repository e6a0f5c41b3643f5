struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((min(609787u, y) < mul_hi(mul_hi(y, 311797u), (259324u - y))) ? min(609787u, y) : (mul_hi(mul_hi(y, 311797u), (259324u - y)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (((x & (x + x)) * (((266332u << (y & 31u)) < max(x, y)) ? (266332u << (y & 31u)) : (max(x, y) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + (((y >> ((x + 77437u) & 31u)) / ((((y < y) ? y : (y ^ 0x55u)) % (797975u | 1u)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((y * (((y < 621122u) ? y : (621122u ^ 0x55u)) - x))); y ^= x >> 3; x = x * 31u + (((uint)(((int)(mul_hi(x, y) & 0xffffu) - (int)(((x < x) ? x : (x ^ 0x55u)) & 0xffffu)) / 3) ^ (max(x, x) | rotate(x, x)))); y ^= x >> 3; x = x * 31u + ((x | (y ^ ((y < x) ? y : (x ^ 0x55u))))); y ^= x >> 3; x = x * 31u + (1042203u); y ^= x >> 3; x = x * 31u + (889747u); y ^= x >> 3; x = x * 31u + ((uint)(((int)(711814u & 0xffffu) - (int)((uint)(((int)((x % (y | 1u)) & 0xffffu) - (int)(x & 0xffffu)) / 3) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((((y + x) ^ x) >> (((x + x) >> ((751163u * x) & 31u)) & 31u))); y ^= x >> 3; x = x * 31u + ((x % (y | 1u))); y ^= x >> 3; x = x * 31u + ((rotate((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3), (x >> (x & 31u))) | (y | (72939u * 315028u)))); y ^= x >> 3; x = x * 31u + (((max((x >> (x & 31u)), max(x, 575730u)) < 953057u) ? max((x >> (x & 31u)), max(x, 575730u)) : (953057u ^ 0x55u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d ^= convert_uint_sat(fabs(sqrt(fabs(clamp(g, -4.0f, 4.0f)))) * 16.0f);
  b = (((a < (lid % (234545u | 1u))) ? a : ((lid % (234545u | 1u)) ^ 0x55u)) / ((mul_hi(763216u, 825880u) & (uint)(((int)(a & 0xffffu) - (int)(696547u & 0xffffu)) / 3)) | 1u));
  d = ((942560u < ((gid ^ b) / (((983627u < 74277u) ? 983627u : (74277u ^ 0x55u)) | 1u))) ? 942560u : (((gid ^ b) / (((983627u < 74277u) ? 983627u : (74277u ^ 0x55u)) | 1u)) ^ 0x55u));
  d = h0(a, (lid << ((lid * 644947u) & 31u)));
  if ((uint)(((int)(a & 0xffffu) - (int)(((gid < c) ? gid : (c ^ 0x55u)) & 0xffffu)) / 3) > ((565516u & b) + (b << (1034282u & 31u)))) { g = clamp((float)(a & 255u), -1000.0f, 1000.0f); } else { if ((uint)(((int)((a ^ 681012u) & 0xffffu) - (int)(rotate(982563u, 684395u) & 0xffffu)) / 3) == rotate(min(a, 684854u), (683159u - b))) { d = ((c >> (gid & 31u)) & gid); } else { b = ((uint)(((int)(b & 0xffffu) - (int)((a * a) & 0xffffu)) / 3) & mul_hi((b | d), c)); } }
  if ((441444u << (mul_hi(c, lid) & 31u)) == mul_hi((lid << (lid & 31u)), rotate(gid, 1028472u))) { p[(((51954u < 91367u) ? 51954u : (91367u ^ 0x55u)) + 2u) & 7u] = ((lid >> (137217u & 31u)) % (max(624813u, 331923u) | 1u)); c += p[3u & 7u]; } else { if (89031u > c) { p[((622055u >> (157845u & 31u)) + 7u) & 7u] = ((gid | lid) - (b ^ c)); d += p[3u & 7u]; } else { p[(mul_hi(650180u, a) + 4u) & 7u] = gid; b += p[7u & 7u]; } }
  a = lid;
  for (int k = 0; k < 5; k++) { if ((b & 7u) == 2u) break; b = h1(((584730u << (615575u & 31u)) & (91984u % (23655u | 1u))), rotate((lid - gid), (633927u + 869201u))); }
  f = clamp(clamp((clamp(1.31f, -4.0f, 4.0f) / (fabs(clamp(0.18f, -4.0f, 4.0f)) + 1.0f)), -4.0f, 4.0f), -1000.0f, 1000.0f);
  tile[lid] = gid; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 27u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
