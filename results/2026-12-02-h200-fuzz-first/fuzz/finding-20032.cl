struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (min((rotate(x, y) * (x + y)), (mul_hi(x, y) % (mul_hi(x, y) | 1u)))); y ^= x >> 3; x = x * 31u + (((((y | 87010u) * (x | y)) < (mul_hi(602804u, 769613u) & max(y, x))) ? ((y | 87010u) * (x | y)) : ((mul_hi(602804u, 769613u) & max(y, x)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (660203u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (b == a) { a = h0(((149855u + gid) ^ (379424u * 622808u)), gid); } else { for (int k = 0; k < 5; k++) { if ((a & 7u) == 3u) break; c ^= convert_uint_sat(fabs(fmin(fmax((float)(a & 255u), f), fmin(g, 0.5f))) * 16.0f); } }
  d = mul_hi(((d & 92384u) * (gid * gid)), rotate(rotate(78596u, c), (lid * 530717u)));
  switch ((d % ((b * 481801u) | 1u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 846u; /* falls through */ case 2: d = 963782u; break; default: d = rotate(d, 3u); }
  for (int k = 0; k < 2; k++) {  d = 360096u; }
  switch (mul_hi(gid, c) & 3u) { case 0: d += 1u; break; case 1: d ^= 208u; /* falls through */ case 2: d = ((436996u % (b | 1u)) >> (((529372u < b) ? 529372u : (b ^ 0x55u)) & 31u)); break; default: d = rotate(d, 3u); }
  b = 658746u;
  a = h0(a, (uint)(((int)((d % (490255u | 1u)) & 0xffffu) - (int)(min(gid, d) & 0xffffu)) / 3));
  if (((gid < 664993u) ? gid : (664993u ^ 0x55u)) == ((c & c) + (d - d))) { d ^= convert_uint_sat(fabs((f / (fabs((1.28f - f)) + 1.0f))) * 16.0f); } else { b ^= convert_uint_sat(fabs(fmax((f * f), ((float)(a & 255u) / (fabs(g) + 1.0f)))) * 16.0f); }
  f = clamp(fmin(clamp((f - (float)(a & 255u)), -4.0f, 4.0f), fmax(fmax((float)(a & 255u), (float)(a & 255u)), (1.27f * g))), -1000.0f, 1000.0f);
  tile[lid] = d; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 50u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
