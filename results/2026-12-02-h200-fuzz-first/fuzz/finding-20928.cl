struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (907995u); y ^= x >> 3; x = x * 31u + (((470262u >> ((x - 152308u) & 31u)) & mul_hi((x + 393492u), min(y, 722776u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((uint)(((int)(805044u & 0xffffu) - (int)(x & 0xffffu)) / 3) - min(y, 116744u)) * (y / (max(x, y) | 1u)))); y ^= x >> 3; x = x * 31u + ((((169510u / (225353u | 1u)) | y) - rotate(((976888u < x) ? 976888u : (x ^ 0x55u)), x))); y ^= x >> 3; x = x * 31u + (max(x, y)); y ^= x >> 3; x = x * 31u + ((uint)(((int)(y & 0xffffu) - (int)(rotate(358990u, (x ^ 836484u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (mul_hi(((y / (x | 1u)) | mul_hi(775430u, y)), ((x + 726903u) & (201827u << (558562u & 31u))))); y ^= x >> 3; x = x * 31u + ((((x >> (y & 31u)) >> ((138059u & 784627u) & 31u)) % ((135254u + (y & y)) | 1u))); y ^= x >> 3; x = x * 31u + (max(y, (rotate(411653u, y) << (((247822u < y) ? 247822u : (y ^ 0x55u)) & 31u)))); y ^= x >> 3; x = x * 31u + (((293425u ^ (306045u & 534032u)) * ((x / (y | 1u)) & (y | 674540u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch (162608u & 3u) { case 0: c += 1u; break; case 1: c ^= 731u; /* falls through */ case 2: c = d; break; default: c = rotate(c, 3u); }
  for (int k = 0; k < 2; k++) {  if ((uint)(((int)(max(c, d) & 0xffffu) - (int)((510174u - c) & 0xffffu)) / 3) > mul_hi((360133u % (b | 1u)), min(c, c))) { d ^= convert_uint_sat(fabs((sqrt(fabs((float)(a & 255u))) * (g + 1.2f))) * 16.0f); } else { b ^= convert_uint_sat(fabs(fmax(fmin(0.44f, f), (g / (fabs(3.80f) + 1.0f)))) * 16.0f); } }
  a = (rotate((463467u >> (d & 31u)), c) * ((40315u * b) / ((uint)(((int)(b & 0xffffu) - (int)(gid & 0xffffu)) / 3) | 1u)));
  d = rotate(((c ^ d) / ((lid / (a | 1u)) | 1u)), 945315u);
  g = clamp(((float)(a & 255u) * 1.61f), -1000.0f, 1000.0f);
  c = ((((uint)(((int)(gid & 0xffffu) - (int)(c & 0xffffu)) / 3) % ((gid >> (b & 31u)) | 1u)) < (min(b, c) >> (920853u & 31u))) ? ((uint)(((int)(gid & 0xffffu) - (int)(c & 0xffffu)) / 3) % ((gid >> (b & 31u)) | 1u)) : ((min(b, c) >> (920853u & 31u)) ^ 0x55u));
  d = (((d * 111153u) / (((b < gid) ? b : (gid ^ 0x55u)) | 1u)) % ((max(lid, c) ^ 193987u) | 1u));
  switch ((min(d, b) + 318246u) & 3u) { case 0: b += 1u; break; case 1: b ^= 408u; /* falls through */ case 2: b = (rotate(574420u, c) % ((d << (728848u & 31u)) | 1u)); break; default: b = rotate(b, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
