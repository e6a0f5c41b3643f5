struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (492234u); y ^= x >> 3; x = x * 31u + (max(y, ((268647u / (813065u | 1u)) + (942018u * 1023734u)))); y ^= x >> 3; x = x * 31u + (478547u); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((y % (y | 1u)) / (mul_hi(x, 645349u) | 1u)) * (max(x, y) / (22682u | 1u)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)((uint)(((int)((y % (362388u | 1u)) & 0xffffu) - (int)((x * 588385u) & 0xffffu)) / 3) & 0xffffu) - (int)((uint)(((int)((483479u & x) & 0xffffu) - (int)((y * y) & 0xffffu)) / 3) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (max((y & y), (268385u + y))); y ^= x >> 3; x = x * 31u + ((((556464u - 19485u) % (min(715825u, y) | 1u)) >> (((y ^ y) * (55989u - x)) & 31u))); y ^= x >> 3; x = x * 31u + (max((x << (rotate(x, y) & 31u)), y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (((c << (b & 31u)) % (mul_hi(b, d) | 1u)) > d) { a ^= convert_uint_sat(fabs(((f * 2.66f) - clamp(g, -4.0f, 4.0f))) * 16.0f); } else { switch ((394804u | max(444905u, 1041188u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 87u; /* falls through */ case 2: d = max((b + c), max(112417u, b)); break; default: d = rotate(d, 3u); } }
  if (((max(d, c) < 1011144u) ? max(d, c) : (1011144u ^ 0x55u)) < (lid - (b % (lid | 1u)))) { switch (mul_hi((b & d), c) & 3u) { case 0: a += 1u; break; case 1: a ^= 162u; /* falls through */ case 2: a = d; break; default: a = rotate(a, 3u); } } else { f = clamp((f + (clamp(g, -4.0f, 4.0f) * ((float)(a & 255u) + f))), -1000.0f, 1000.0f); }
  a ^= convert_uint_sat(fabs((fmax(f, f) / (fabs(clamp(g, -4.0f, 4.0f)) + 1.0f))) * 16.0f);
  tile[lid] = 325325u; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 8u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
