struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((y * 837272u) + (924944u & 906915u)) / ((mul_hi(x, x) >> (max(y, 339718u) & 31u)) | 1u))); y ^= x >> 3; x = x * 31u + (mul_hi(((rotate(y, x) < (y ^ y)) ? rotate(y, x) : ((y ^ y) ^ 0x55u)), (742123u % (214320u | 1u)))); y ^= x >> 3; x = x * 31u + (973435u); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((x << ((((489430u < y) ? 489430u : (y ^ 0x55u)) * (117015u >> (24281u & 31u))) & 31u))); y ^= x >> 3; x = x * 31u + (877698u); y ^= x >> 3; x = x * 31u + (mul_hi(238281u, (x + 813136u))); y ^= x >> 3; x = x * 31u + (267801u); y ^= x >> 3; x = x * 31u + ((y ^ x)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp(clamp(fmax((float)(a & 255u), fmin(g, g)), -4.0f, 4.0f), -1000.0f, 1000.0f);
  b ^= convert_uint_sat(fabs((fmin(g, g) * 3.16f)) * 16.0f);
  if ((lid * (d >> (c & 31u))) > ((lid & 551804u) >> ((a / (924950u | 1u)) & 31u))) { for (int k = 0; k < 1; k++) { if ((a & 7u) == 5u) break; a = mul_hi((a * 159061u), ((d / (b | 1u)) / ((lid + 238222u) | 1u))); } } else { f = clamp((clamp(f, -4.0f, 4.0f) + (clamp((float)(a & 255u), -4.0f, 4.0f) * sqrt(fabs((float)(a & 255u))))), -1000.0f, 1000.0f); }
  c = h1(lid, ((99398u - 203497u) % ((462236u / (174226u | 1u)) | 1u)));
  p[(110377u + 3u) & 7u] = ((lid % (b | 1u)) << ((684594u - lid) & 31u)); c += p[3u & 7u];
  f = clamp((sqrt(fabs(g)) + (float)(a & 255u)), -1000.0f, 1000.0f);
  switch (((gid - b) >> ((b | b) & 31u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 163u; /* falls through */ case 2: b = max(max(gid, c), (d - gid)); break; default: b = rotate(b, 3u); }
  g = clamp((clamp(((float)(a & 255u) + g), -4.0f, 4.0f) / (fabs((((float)(a & 255u) / (fabs((float)(a & 255u)) + 1.0f)) * ((float)(a & 255u) * f))) + 1.0f)), -1000.0f, 1000.0f);
  g = clamp((2.49f + fmin(3.80f, clamp(f, -4.0f, 4.0f))), -1000.0f, 1000.0f);
  a = min((((9533u < 475066u) ? 9533u : (475066u ^ 0x55u)) * rotate(904699u, 88532u)), d);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
