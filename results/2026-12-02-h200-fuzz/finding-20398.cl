struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((((923482u - y) / (min(170602u, x) | 1u)) < min(mul_hi(y, x), (x % (x | 1u)))) ? ((923482u - y) / (min(170602u, x) | 1u)) : (min(mul_hi(y, x), (x % (x | 1u))) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((((564741u & 278049u) ^ mul_hi(y, y)) ^ ((x & y) & (x % (x | 1u))))); y ^= x >> 3; x = x * 31u + (((((y < 148962u) ? y : (148962u ^ 0x55u)) & (y & 667688u)) >> (mul_hi(((621150u < y) ? 621150u : (y ^ 0x55u)), (x - x)) & 31u))); y ^= x >> 3; x = x * 31u + (((((180716u < y) ? 180716u : (y ^ 0x55u)) / (y | 1u)) | max((y - 655889u), (883419u ^ 343126u)))); y ^= x >> 3; x = x * 31u + ((((x / (y | 1u)) + x) % (340960u | 1u))); y ^= x >> 3; x = x * 31u + ((rotate((x * 697438u), y) | rotate((uint)(((int)(71833u & 0xffffu) - (int)(207772u & 0xffffu)) / 3), 170400u))); y ^= x >> 3; x = x * 31u + ((((559944u << (134929u & 31u)) ^ ((y < 1011285u) ? y : (1011285u ^ 0x55u))) ^ ((x + x) & min(777450u, x)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (mul_hi(min((x / (y | 1u)), rotate(370899u, x)), rotate((x - y), (409941u ^ y)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (mul_hi(max((y - x), max(217181u, x)), (uint)(((int)((1027785u ^ x) & 0xffffu) - (int)((x ^ y) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + (((y + min(x, x)) / ((x + 141823u) | 1u))); y ^= x >> 3; x = x * 31u + (((max((y * 313311u), x) < y) ? max((y * 313311u), x) : (y ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((y << (max((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3), mul_hi(y, x)) & 31u))); y ^= x >> 3; x = x * 31u + ((((323251u % (x | 1u)) >> (((x < x) ? x : (x ^ 0x55u)) & 31u)) / (1046356u | 1u))); y ^= x >> 3; x = x * 31u + (mul_hi(((x & 736424u) >> ((893092u * x) & 31u)), ((x * y) | (y << (y & 31u))))); y ^= x >> 3; x = x * 31u + (mul_hi(192800u, ((x / (x | 1u)) | 943718u))); y ^= x >> 3; x = x * 31u + ((y % ((uint)(((int)(rotate(y, x) & 0xffffu) - (int)((32461u ^ y) & 0xffffu)) / 3) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 1u) continue; if (((673137u / (gid | 1u)) >> (max(lid, d) & 31u)) == a) { p[((c ^ lid) + 6u) & 7u] = ((739170u | b) >> ((gid + a) & 31u)); a += p[5u & 7u]; } else { p[((a & 382272u) + 5u) & 7u] = ((830268u | 975520u) ^ (d << (b & 31u))); a += p[2u & 7u]; } }
  p[((b | gid) + 3u) & 7u] = (uint)(((int)((a % (gid | 1u)) & 0xffffu) - (int)(mul_hi(gid, 122506u) & 0xffffu)) / 3); a += p[7u & 7u];
  c = h1((gid % ((lid * c) | 1u)), max((c % (b | 1u)), (c << (d & 31u))));
  d ^= convert_uint_sat(fabs(((f - (float)(a & 255u)) * ((float)(a & 255u) * g))) * 16.0f);
  switch (11157u & 3u) { case 0: d += 1u; break; case 1: d ^= 647u; /* falls through */ case 2: d = (a / (max(a, a) | 1u)); break; default: d = rotate(d, 3u); }
  switch ((((b < gid) ? b : (gid ^ 0x55u)) >> ((154817u >> (lid & 31u)) & 31u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 353u; /* falls through */ case 2: b = lid; break; default: b = rotate(b, 3u); }
  p[((b & a) + 1u) & 7u] = gid; c += p[2u & 7u];
  f = clamp((clamp(clamp((float)(a & 255u), -4.0f, 4.0f), -4.0f, 4.0f) * (sqrt(fabs(g)) * 2.95f)), -1000.0f, 1000.0f);
  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 1u) continue; a = d; }
  c = h0(rotate(447703u, d), rotate(max(482458u, gid), (466409u * gid)));
  d = gid;
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
