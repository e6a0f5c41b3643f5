struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((min((y ^ x), (uint)(((int)(x & 0xffffu) - (int)(365034u & 0xffffu)) / 3)) % (y | 1u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((uint)(((int)((uint)(((int)(mul_hi(y, 443411u) & 0xffffu) - (int)(min(y, y) & 0xffffu)) / 3) & 0xffffu) - (int)((mul_hi(y, y) >> ((x / (y | 1u)) & 31u)) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 0u) continue; a = h0(((504129u | b) - (b >> (829215u & 31u))), ((b << (a & 31u)) >> ((a >> (654991u & 31u)) & 31u))); }
  g = clamp(fmax(fmin(clamp(g, -4.0f, 4.0f), sqrt(fabs((float)(a & 255u)))), (((float)(a & 255u) - f) + (g - f))), -1000.0f, 1000.0f);
  b = (((c + a) << ((1044710u % (a | 1u)) & 31u)) - 747113u);
  if (min((gid / (gid | 1u)), d) < ((lid & c) ^ b)) { if ((((d + gid) < ((b < 157715u) ? b : (157715u ^ 0x55u))) ? (d + gid) : (((b < 157715u) ? b : (157715u ^ 0x55u)) ^ 0x55u)) != ((gid % (b | 1u)) + (lid + lid))) { d = b; } else { b = (c + min((409011u - d), (uint)(((int)(95482u & 0xffffu) - (int)(d & 0xffffu)) / 3))); } } else { switch ((lid >> ((d * 915474u) & 31u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 610u; /* falls through */ case 2: b = ((c < gid) ? c : (gid ^ 0x55u)); break; default: b = rotate(b, 3u); } }
  a = h0((908141u / ((a >> (c & 31u)) | 1u)), min((162231u % (a | 1u)), gid));
  switch ((uint)(((int)((c ^ c) & 0xffffu) - (int)(b & 0xffffu)) / 3) & 3u) { case 0: c += 1u; break; case 1: c ^= 359u; /* falls through */ case 2: c = min(788146u, (484646u % (gid | 1u))); break; default: c = rotate(c, 3u); }
  for (int k = 0; k < 5; k++) {  p[((c / (a | 1u)) + 3u) & 7u] = rotate((d % (c | 1u)), ((gid < 52214u) ? gid : (52214u ^ 0x55u))); d += p[4u & 7u]; }
  a ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  f = clamp((fmin(fmin(f, (float)(a & 255u)), ((float)(a & 255u) * 2.84f)) - (((float)(a & 255u) / (fabs(f) + 1.0f)) - (float)(a & 255u))), -1000.0f, 1000.0f);
  tile[lid] = 678377u; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 19u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
