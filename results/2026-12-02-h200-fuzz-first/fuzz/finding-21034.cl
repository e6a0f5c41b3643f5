struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (mul_hi(170996u, max(mul_hi(x, y), y))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b ^= convert_uint_sat(fabs(fmin((float)(a & 255u), (float)(a & 255u))) * 16.0f);
  for (int k = 0; k < 4; k++) {  d = d; }
  p[((437535u | a) + 3u) & 7u] = (uint)(((int)(max(c, c) & 0xffffu) - (int)((uint)(((int)(d & 0xffffu) - (int)(65956u & 0xffffu)) / 3) & 0xffffu)) / 3); c += p[1u & 7u];
  switch (b & 3u) { case 0: b += 1u; break; case 1: b ^= 142u; /* falls through */ case 2: b = ((168678u - b) & c); break; default: b = rotate(b, 3u); }
  a ^= convert_uint_sat(fabs(fmax(fmax(1.96f, g), ((float)(a & 255u) / (fabs(1.77f) + 1.0f)))) * 16.0f);
  b = ((((c < b) ? c : (b ^ 0x55u)) / (((856008u < 172524u) ? 856008u : (172524u ^ 0x55u)) | 1u)) >> ((611808u * max(gid, gid)) & 31u));
  switch (((uint)(((int)(c & 0xffffu) - (int)(b & 0xffffu)) / 3) - c) & 3u) { case 0: d += 1u; break; case 1: d ^= 156u; /* falls through */ case 2: d = (902052u & mul_hi(c, c)); break; default: d = rotate(d, 3u); }
  switch (mul_hi((gid << (gid & 31u)), gid) & 3u) { case 0: d += 1u; break; case 1: d ^= 990u; /* falls through */ case 2: d = (279766u & max(473241u, c)); break; default: d = rotate(d, 3u); }
  if (301823u == mul_hi((lid / (lid | 1u)), (459386u * lid))) { g = clamp(fmax((float)(a & 255u), sqrt(fabs(fmin(3.74f, g)))), -1000.0f, 1000.0f); } else { p[(lid + 2u) & 7u] = (max(a, 256981u) << (gid & 31u)); b += p[1u & 7u]; }
  a ^= convert_uint_sat(fabs(f) * 16.0f);
  if (mul_hi(lid, max(81126u, d)) > (b | (796342u ^ lid))) { b = h0(((a + 244010u) ^ (a ^ d)), max(((d < a) ? d : (a ^ 0x55u)), (lid >> (gid & 31u)))); } else { if (b == max(a, a)) { c = (((a | 558017u) + (b + a)) & (b << (gid & 31u))); } else { g = clamp(clamp(((f / (fabs(g) + 1.0f)) * (float)(a & 255u)), -4.0f, 4.0f), -1000.0f, 1000.0f); } }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
