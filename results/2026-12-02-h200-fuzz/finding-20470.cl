struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((y < (uint)(((int)(rotate(y, y) & 0xffffu) - (int)((y << (x & 31u)) & 0xffffu)) / 3)) ? y : ((uint)(((int)(rotate(y, y) & 0xffffu) - (int)((y << (x & 31u)) & 0xffffu)) / 3) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (728601u); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((871024u - 16766u)); y ^= x >> 3; x = x * 31u + (((y >> ((768135u + x) & 31u)) ^ (uint)(((int)(min(x, 173394u) & 0xffffu) - (int)(max(1013802u, y) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + ((x & ((364178u - x) >> (x & 31u)))); y ^= x >> 3; x = x * 31u + ((((y / (123954u | 1u)) ^ (y ^ y)) / ((968580u >> ((uint)(((int)(578771u & 0xffffu) - (int)(y & 0xffffu)) / 3) & 31u)) | 1u))); y ^= x >> 3; x = x * 31u + ((min((867601u ^ x), x) | x)); y ^= x >> 3; x = x * 31u + ((min(max(x, y), (120874u | x)) + (((722083u / (325357u | 1u)) < (y + x)) ? (722083u / (325357u | 1u)) : ((y + x) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + ((x & y)); y ^= x >> 3; x = x * 31u + ((x << (((y & x) & min(x, 381502u)) & 31u))); y ^= x >> 3; x = x * 31u + (882193u); y ^= x >> 3; x = x * 31u + ((((x & 967950u) & (x >> (x & 31u))) + ((y | y) % ((x % (x | 1u)) | 1u)))); y ^= x >> 3; x = x * 31u + (((761441u ^ ((x < 319569u) ? x : (319569u ^ 0x55u))) % (min(292113u, 813248u) | 1u))); y ^= x >> 3; x = x * 31u + (mul_hi((mul_hi(x, x) >> ((420048u << (x & 31u)) & 31u)), rotate((y << (2708u & 31u)), (x >> (y & 31u))))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((y - y)); y ^= x >> 3; x = x * 31u + ((((y | 659256u) << (122385u & 31u)) / (257066u | 1u))); y ^= x >> 3; x = x * 31u + ((((863995u * y) >> ((x * y) & 31u)) >> (((x + y) + rotate(471501u, x)) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = h0(lid, ((507250u + d) ^ (uint)(((int)(b & 0xffffu) - (int)(945099u & 0xffffu)) / 3)));
  b ^= convert_uint_sat(fabs(1.6f) * 16.0f);
  switch (((lid ^ d) + (d ^ gid)) & 3u) { case 0: d += 1u; break; case 1: d ^= 491u; /* falls through */ case 2: d = (53051u * (gid << (c & 31u))); break; default: d = rotate(d, 3u); }
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 1u) continue; p[(rotate(lid, d) + 6u) & 7u] = 191502u; c += p[6u & 7u]; }
  f = clamp(clamp((float)(a & 255u), -4.0f, 4.0f), -1000.0f, 1000.0f);
  a = (uint)(((int)(rotate((uint)(((int)(b & 0xffffu) - (int)(705892u & 0xffffu)) / 3), (202206u + c)) & 0xffffu) - (int)(((a * d) - (lid ^ c)) & 0xffffu)) / 3);
  b = h1((uint)(((int)((d - lid) & 0xffffu) - (int)(mul_hi(d, a) & 0xffffu)) / 3), max((995692u | gid), mul_hi(lid, b)));
  c = (uint)(((int)(((750329u % (931672u | 1u)) ^ max(a, 1034039u)) & 0xffffu) - (int)(((184940u | gid) ^ (c & c)) & 0xffffu)) / 3);
  f = clamp(sqrt(fabs(fmax(g, sqrt(fabs(g))))), -1000.0f, 1000.0f);
  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 1u) continue; a ^= convert_uint_sat(fabs(1.39f) * 16.0f); }
  tile[lid] = lid; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 45u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
