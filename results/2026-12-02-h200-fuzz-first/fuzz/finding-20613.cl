struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((mul_hi((y | y), (170033u - 233751u)) << ((rotate(x, y) | (y / (x | 1u))) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((uint)(((int)((y - ((x < 722074u) ? x : (722074u ^ 0x55u))) & 0xffffu) - (int)((1019498u - x) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((((x ^ y) + mul_hi(x, x)) % ((x >> (rotate(620331u, y) & 31u)) | 1u))); y ^= x >> 3; x = x * 31u + (max(y, (max(y, y) - (x * x)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((min(y, 829056u) | rotate(y, x)) + (rotate(y, y) | (273064u << (x & 31u))))); y ^= x >> 3; x = x * 31u + (566285u); y ^= x >> 3; x = x * 31u + (480791u); y ^= x >> 3; x = x * 31u + (((y / (633612u | 1u)) / (((659468u - 142895u) * (y * x)) | 1u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((y + (397617u >> (y & 31u))) / ((434854u * ((351390u < 474992u) ? 351390u : (474992u ^ 0x55u))) | 1u))); y ^= x >> 3; x = x * 31u + ((635578u | (uint)(((int)((y | 986335u) & 0xffffu) - (int)(931852u & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + (rotate(x, (max(x, y) - (x * 609914u)))); y ^= x >> 3; x = x * 31u + (rotate(((x << (y & 31u)) ^ (y << (y & 31u))), rotate(x, x))); y ^= x >> 3; x = x * 31u + (582087u); y ^= x >> 3; x = x * 31u + (((810688u | (713542u | x)) >> (y & 31u))); y ^= x >> 3; x = x * 31u + (((x - (x | x)) & x)); y ^= x >> 3; x = x * 31u + (((y | (uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3)) + x)); y ^= x >> 3; x = x * 31u + (((max(y, 67697u) >> ((y % (y | 1u)) & 31u)) + rotate((x * 263998u), x))); y ^= x >> 3; x = x * 31u + (rotate(rotate(339187u, 40555u), y)); y ^= x >> 3; x = x * 31u + ((mul_hi((x | 813464u), 976005u) / ((uint)(((int)((946875u - 967471u) & 0xffffu) - (int)(x & 0xffffu)) / 3) | 1u))); y ^= x >> 3; x = x * 31u + (478081u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = (((a - c) << ((a | gid) & 31u)) | (205470u / (508296u | 1u)));
  switch (((684344u % (gid | 1u)) << (rotate(c, c) & 31u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 758u; /* falls through */ case 2: d = ((lid + c) + (c - lid)); break; default: d = rotate(d, 3u); }
  c = h1((d - c), (rotate(390592u, d) + c));
  a = d;
  for (int k = 0; k < 6; k++) { if ((d & 7u) == 7u) break; c = (rotate(gid, c) << (((gid | d) - mul_hi(gid, d)) & 31u)); }
  if (((gid | 173814u) << (154316u & 31u)) < c) { p[((685059u / (b | 1u)) + 6u) & 7u] = b; c += p[4u & 7u]; } else { a = min(lid, ((uint)(((int)(c & 0xffffu) - (int)(969336u & 0xffffu)) / 3) * (c << (179848u & 31u)))); }
  for (int k = 0; k < 4; k++) {  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 1u) continue; a ^= convert_uint_sat(fabs((1.67f / (fabs(g) + 1.0f))) * 16.0f); } }
  for (int k = 0; k < 2; k++) { if ((a & 7u) == 5u) break; g = clamp(g, -1000.0f, 1000.0f); }
  for (int k = 0; k < 1; k++) { if ((a & 7u) == 0u) break; g = clamp(clamp((float)(a & 255u), -4.0f, 4.0f), -1000.0f, 1000.0f); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
