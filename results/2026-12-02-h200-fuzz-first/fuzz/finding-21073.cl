struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((max(x, x) << ((y * 965918u) & 31u)) >> (((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) | (y | x)) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((y - (((y < y) ? y : (y ^ 0x55u)) >> ((y << (x & 31u)) & 31u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((rotate(y, mul_hi(x, 548770u)) - x)); y ^= x >> 3; x = x * 31u + ((rotate(y, (uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3)) - (y % (min(y, x) | 1u)))); y ^= x >> 3; x = x * 31u + ((x % (((uint)(((int)(1041486u & 0xffffu) - (int)(x & 0xffffu)) / 3) >> (965873u & 31u)) | 1u))); y ^= x >> 3; x = x * 31u + ((mul_hi(419771u, max(x, x)) ^ (max(x, 398964u) << ((x + x) & 31u)))); y ^= x >> 3; x = x * 31u + ((((x % (346154u | 1u)) ^ (438193u << (x & 31u))) % ((max(x, 167442u) | (189952u >> (1005066u & 31u))) | 1u))); y ^= x >> 3; x = x * 31u + ((((y + rotate(y, 986144u)) < 66957u) ? (y + rotate(y, 986144u)) : (66957u ^ 0x55u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((((x | x) < (y - 26856u)) ? (x | x) : ((y - 26856u) ^ 0x55u)) >> (y & 31u))); y ^= x >> 3; x = x * 31u + ((((y / (y | 1u)) / (x | 1u)) % (((615569u % (y | 1u)) % (max(y, y) | 1u)) | 1u))); y ^= x >> 3; x = x * 31u + (max((y % (rotate(y, y) | 1u)), ((x + y) * (x - y)))); y ^= x >> 3; x = x * 31u + ((y << (x & 31u))); y ^= x >> 3; x = x * 31u + (((rotate(x, 204482u) * (x << (x & 31u))) & (uint)(((int)((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3) & 0xffffu) - (int)((y >> (482741u & 31u)) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + (((uint)(((int)(y & 0xffffu) - (int)(rotate(y, x) & 0xffffu)) / 3) + mul_hi(x, (x % (x | 1u))))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((x - y) & (y - y)) | ((y + x) * (uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((x + 217860u) | (1044863u & 101078u)) & 0xffffu) - (int)(((724920u % (x | 1u)) << ((807611u | y) & 31u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((((x >> ((y + y) & 31u)) < 646392u) ? (x >> ((y + y) & 31u)) : (646392u ^ 0x55u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((y % (((779532u >> (x & 31u)) / ((66932u / (x | 1u)) | 1u)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = (min((773783u ^ 981890u), lid) + ((b / (b | 1u)) * rotate(a, d)));
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 1u) continue; b = h0(d, 746722u); }
  c = h1(((707050u % (a | 1u)) % ((c / (b | 1u)) | 1u)), min((15027u >> (d & 31u)), (gid & d)));
  c = (mul_hi((980030u * c), d) % (mul_hi((b * d), rotate(lid, b)) | 1u));
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 1u) continue; c = 367094u; }
  if (b > mul_hi((286483u | 451452u), a)) { c = lid; } else { b = (((((c ^ d) < (d / (a | 1u))) ? (c ^ d) : ((d / (a | 1u)) ^ 0x55u)) < ((a | d) << ((lid * c) & 31u))) ? (((c ^ d) < (d / (a | 1u))) ? (c ^ d) : ((d / (a | 1u)) ^ 0x55u)) : (((a | d) << ((lid * c) & 31u)) ^ 0x55u)); }
  for (int k = 0; k < 1; k++) { if ((b & 7u) == 0u) break; d = h1((b ^ (740743u % (lid | 1u))), a); }
  tile[lid] = (gid % ((lid << (c & 31u)) | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 25u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
