struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((x >> (485989u & 31u)) % (mul_hi((y / (x | 1u)), (1027012u % (y | 1u))) | 1u))); y ^= x >> 3; x = x * 31u + (79055u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c ^= convert_uint_sat(fabs(2.53f) * 16.0f);
  p[(rotate(288768u, 432147u) + 0u) & 7u] = a; b += p[4u & 7u];
  d = 893759u;
  switch (gid & 3u) { case 0: c += 1u; break; case 1: c ^= 413u; /* falls through */ case 2: c = rotate((532619u << (683948u & 31u)), rotate(433865u, b)); break; default: c = rotate(c, 3u); }
  if (932899u < mul_hi(rotate(680215u, d), max(a, 562081u))) { g = clamp((g * (float)(a & 255u)), -1000.0f, 1000.0f); } else { f = clamp((float)(a & 255u), -1000.0f, 1000.0f); }
  b = (((127081u / (b | 1u)) % (max(lid, b) | 1u)) | (mul_hi(d, 79018u) - (a + 451742u)));
  a ^= convert_uint_sat(fabs((fmin((float)(a & 255u), (float)(a & 255u)) * (f + f))) * 16.0f);
  d = h0(((b & lid) / (max(187344u, d) | 1u)), lid);
  p[((231905u | b) + 0u) & 7u] = ((c / (687968u | 1u)) / ((630502u ^ 298099u) | 1u)); d += p[2u & 7u];
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 0u) continue; a = h0(((gid >> (a & 31u)) + ((511413u < d) ? 511413u : (d ^ 0x55u))), (467700u << ((uint)(((int)(d & 0xffffu) - (int)(b & 0xffffu)) / 3) & 31u))); }
  b = 822019u;
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
