struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((((150781u << (y & 31u)) ^ (uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3)) < y) ? ((150781u << (y & 31u)) ^ (uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3)) : (y ^ 0x55u))); y ^= x >> 3; x = x * 31u + (min(((x >> (y & 31u)) | x), ((x / (y | 1u)) + (y + y)))); y ^= x >> 3; x = x * 31u + (((max(892025u, y) - max(x, 291792u)) / (((x ^ 784560u) >> ((y >> (685754u & 31u)) & 31u)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (((b / (d | 1u)) | lid) != mul_hi(139886u, max(8383u, lid))) { switch ((((lid * lid) < max(26003u, 342745u)) ? (lid * lid) : (max(26003u, 342745u) ^ 0x55u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 316u; /* falls through */ case 2: d = ((gid | b) + min(c, b)); break; default: d = rotate(d, 3u); } } else { c = d; }
  a = (uint)(((int)((9577u >> (mul_hi(gid, gid) & 31u)) & 0xffffu) - (int)(750758u & 0xffffu)) / 3);
  switch ((rotate(lid, 997838u) * (lid >> (101759u & 31u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 461u; /* falls through */ case 2: b = ((rotate(gid, 104143u) < (b << (646617u & 31u))) ? rotate(gid, 104143u) : ((b << (646617u & 31u)) ^ 0x55u)); break; default: b = rotate(b, 3u); }
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 1u) continue; f = clamp((fmin((3.70f * f), f) / (fabs(f) + 1.0f)), -1000.0f, 1000.0f); }
  p[((56177u << (gid & 31u)) + 1u) & 7u] = min(lid, (974438u >> (c & 31u))); b += p[5u & 7u];
  tile[lid] = ((lid >> (131943u & 31u)) / ((d / (919607u | 1u)) | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 34u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
