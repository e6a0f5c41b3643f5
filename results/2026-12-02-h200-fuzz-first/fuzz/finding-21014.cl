struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((mul_hi(x, min(956739u, x)) ^ 340351u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((x >> (((773513u - 886603u) >> ((y * x) & 31u)) & 31u))); y ^= x >> 3; x = x * 31u + ((((x | 896852u) % ((510900u % (x | 1u)) | 1u)) | ((x % (y | 1u)) * (197707u - y)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((x - (y >> (y & 31u))) + y)); y ^= x >> 3; x = x * 31u + ((max(y, (uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3)) - ((y ^ x) | (x % (y | 1u))))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((237279u << (137481u & 31u)) % ((796645u / (y | 1u)) | 1u)) & 0xffffu) - (int)(((x % (x | 1u)) ^ (817952u >> (1021369u & 31u))) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (((uint)(((int)((y % (x | 1u)) & 0xffffu) - (int)(448863u & 0xffffu)) / 3) + (x % (((x < x) ? x : (x ^ 0x55u)) | 1u)))); y ^= x >> 3; x = x * 31u + (rotate(((902141u | 654042u) * max(y, y)), (((x < y) ? x : (y ^ 0x55u)) / ((934069u << (x & 31u)) | 1u)))); y ^= x >> 3; x = x * 31u + (((135741u % ((x ^ y) | 1u)) - x)); y ^= x >> 3; x = x * 31u + (((y < 371311u) ? y : (371311u ^ 0x55u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((min((x * x), ((y < 977972u) ? y : (977972u ^ 0x55u))) < mul_hi((x & y), 74245u)) ? min((x * x), ((y < 977972u) ? y : (977972u ^ 0x55u))) : (mul_hi((x & y), 74245u) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = ((b + (c ^ lid)) + gid);
  switch ((((c & lid) < mul_hi(lid, lid)) ? (c & lid) : (mul_hi(lid, lid) ^ 0x55u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 385u; /* falls through */ case 2: a = (min(968730u, 792264u) | ((156759u < gid) ? 156759u : (gid ^ 0x55u))); break; default: a = rotate(a, 3u); }
  d = ((uint)(((int)(max(b, a) & 0xffffu) - (int)(min(860441u, d) & 0xffffu)) / 3) + (uint)(((int)((645408u % (55926u | 1u)) & 0xffffu) - (int)(rotate(lid, b) & 0xffffu)) / 3));
  switch (((d & 454991u) & ((c < 857718u) ? c : (857718u ^ 0x55u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 528u; /* falls through */ case 2: b = (((c - lid) < (615624u * 640149u)) ? (c - lid) : ((615624u * 640149u) ^ 0x55u)); break; default: b = rotate(b, 3u); }
  p[((gid - gid) + 1u) & 7u] = rotate((gid >> (a & 31u)), mul_hi(197703u, 649553u)); b += p[4u & 7u];
  switch (((lid << (gid & 31u)) / ((b % (120686u | 1u)) | 1u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 302u; /* falls through */ case 2: b = (uint)(((int)((a + lid) & 0xffffu) - (int)((d << (a & 31u)) & 0xffffu)) / 3); break; default: b = rotate(b, 3u); }
  b ^= convert_uint_sat(fabs(clamp((1.71f + f), -4.0f, 4.0f)) * 16.0f);
  d = min(d, ((uint)(((int)(393715u & 0xffffu) - (int)(632847u & 0xffffu)) / 3) / ((b + a) | 1u)));
  if (max((lid + a), (lid ^ gid)) != (gid + (gid ^ lid))) { p[((143296u - c) + 3u) & 7u] = ((lid * c) ^ (445663u / (gid | 1u))); d += p[0u & 7u]; } else { c ^= convert_uint_sat(fabs((((float)(a & 255u) + 2.22f) + (g + g))) * 16.0f); }
  f = clamp(3.56f, -1000.0f, 1000.0f);
  tile[lid] = (((623009u < 257359u) ? 623009u : (257359u ^ 0x55u)) >> (((1047636u < b) ? 1047636u : (b ^ 0x55u)) & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 28u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
