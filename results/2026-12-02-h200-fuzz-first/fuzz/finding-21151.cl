struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((x >> (rotate((x << (y & 31u)), min(y, 568338u)) & 31u))); y ^= x >> 3; x = x * 31u + ((rotate(rotate(y, x), (21871u ^ 845063u)) << (((mul_hi(x, y) < 157571u) ? mul_hi(x, y) : (157571u ^ 0x55u)) & 31u))); y ^= x >> 3; x = x * 31u + (((max(y, y) / ((940316u + 619040u) | 1u)) - (885686u + (y * 724737u)))); y ^= x >> 3; x = x * 31u + (((y & (y << (y & 31u))) + (((692690u < x) ? 692690u : (x ^ 0x55u)) / ((878630u * x) | 1u)))); y ^= x >> 3; x = x * 31u + (min(x, (402825u >> ((494917u / (137267u | 1u)) & 31u)))); y ^= x >> 3; x = x * 31u + (((((x < 622722u) ? x : (622722u ^ 0x55u)) - max(y, y)) | x)); y ^= x >> 3; x = x * 31u + (((((812870u | 107685u) >> ((y - x) & 31u)) < max((y >> (y & 31u)), ((y < x) ? y : (x ^ 0x55u)))) ? ((812870u | 107685u) >> ((y - x) & 31u)) : (max((y >> (y & 31u)), ((y < x) ? y : (x ^ 0x55u))) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (min(((x / (457579u | 1u)) % ((y >> (274501u & 31u)) | 1u)), (x / (x | 1u)))); y ^= x >> 3; x = x * 31u + (rotate(x, x)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((min(y, 18041u) >> (y & 31u)) < ((x / (545476u | 1u)) % (307771u | 1u))) ? (min(y, 18041u) >> (y & 31u)) : (((x / (545476u | 1u)) % (307771u | 1u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((max((y | x), (uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3)) % (((x < (y * 444986u)) ? x : ((y * 444986u) ^ 0x55u)) | 1u))); y ^= x >> 3; x = x * 31u + ((((y - 575261u) ^ (x ^ 115139u)) >> ((y - min(x, y)) & 31u))); y ^= x >> 3; x = x * 31u + (((rotate(339354u, x) % ((240729u | 953427u) | 1u)) + rotate(((y < 477375u) ? y : (477375u ^ 0x55u)), (912614u ^ 1684u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = h1((uint)(((int)((d ^ 996383u) & 0xffffu) - (int)((a % (b | 1u)) & 0xffffu)) / 3), (uint)(((int)((gid % (a | 1u)) & 0xffffu) - (int)(253651u & 0xffffu)) / 3));
  c = ((a - gid) * mul_hi(((b < 901925u) ? b : (901925u ^ 0x55u)), a));
  d = ((((gid ^ 30739u) - (c >> (lid & 31u))) < (c + rotate(gid, gid))) ? ((gid ^ 30739u) - (c >> (lid & 31u))) : ((c + rotate(gid, gid)) ^ 0x55u));
  d ^= convert_uint_sat(fabs(clamp(((float)(a & 255u) * f), -4.0f, 4.0f)) * 16.0f);
  a ^= convert_uint_sat(fabs(f) * 16.0f);
  b = h0(gid, (b + (a - d)));
  b = h0((uint)(((int)((541241u % (c | 1u)) & 0xffffu) - (int)(d & 0xffffu)) / 3), min(((883098u < lid) ? 883098u : (lid ^ 0x55u)), rotate(lid, lid)));
  p[(992624u + 4u) & 7u] = ((gid * d) - (833218u + 412331u)); b += p[5u & 7u];
  f = clamp(fmax((f * fmax(f, (float)(a & 255u))), (g + (2.43f * 1.31f))), -1000.0f, 1000.0f);
  tile[lid] = (uint)(((int)(818592u & 0xffffu) - (int)((d % (b | 1u)) & 0xffffu)) / 3); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 13u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[0u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
