struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((mul_hi(rotate(592751u, 119529u), rotate(955768u, y)) ^ y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((354009u - x)); y ^= x >> 3; x = x * 31u + (629350u); y ^= x >> 3; x = x * 31u + (374852u); y ^= x >> 3; x = x * 31u + (max((y - ((y < x) ? y : (x ^ 0x55u))), x)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (732877u); y ^= x >> 3; x = x * 31u + ((((654547u & y) ^ x) ^ ((614609u - 935503u) % ((uint)(((int)(y & 0xffffu) - (int)(447257u & 0xffffu)) / 3) | 1u)))); y ^= x >> 3; x = x * 31u + ((rotate(654339u, y) - ((x & 594697u) << (min(618894u, x) & 31u)))); y ^= x >> 3; x = x * 31u + (((uint)(((int)((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) & 0xffffu) - (int)((y + y) & 0xffffu)) / 3) / (min((715849u | x), (uint)(((int)(y & 0xffffu) - (int)(264001u & 0xffffu)) / 3)) | 1u))); y ^= x >> 3; x = x * 31u + (((x % ((y * y) | 1u)) % (((721536u ^ 790221u) & (y | y)) | 1u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (min(((y % (381753u | 1u)) / (x | 1u)), y)); y ^= x >> 3; x = x * 31u + (((911703u * (y & y)) - y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  f = clamp((sqrt(fabs(fmax(1.70f, (float)(a & 255u)))) / (fabs(1.81f) + 1.0f)), -1000.0f, 1000.0f);
  a ^= convert_uint_sat(fabs(1.8f) * 16.0f);
  if (((915905u >> (542236u & 31u)) ^ 217174u) < min(max(gid, d), min(gid, 29567u))) { b ^= convert_uint_sat(fabs(2.82f) * 16.0f); } else { d = c; }
  f = clamp((sqrt(fabs(fmax(g, (float)(a & 255u)))) + clamp(sqrt(fabs((float)(a & 255u))), -4.0f, 4.0f)), -1000.0f, 1000.0f);
  if (lid != (gid - ((314683u < c) ? 314683u : (c ^ 0x55u)))) { switch (((a + gid) % (lid | 1u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 182u; /* falls through */ case 2: c = (145320u | (769840u % (b | 1u))); break; default: c = rotate(c, 3u); } } else { c = max(mul_hi(c, min(lid, 498847u)), 475474u); }
  b = ((a | (611413u * a)) + d);
  d = max((max(lid, b) & 253093u), (lid | min(378744u, c)));
  tile[lid] = ((979606u >> (lid & 31u)) & c); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 63u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
