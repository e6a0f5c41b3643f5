struct pair { uint u; float f; };
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
  b ^= convert_uint_sat(fabs((1.42f / (fabs((float)(a & 255u)) + 1.0f))) * 16.0f);
  for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 0u) continue; if ((a & lid) > max(((gid < c) ? gid : (c ^ 0x55u)), (639004u << (a & 31u)))) { d = (max(min(lid, 900339u), (17450u >> (b & 31u))) ^ min(597347u, 889506u)); } else { a ^= convert_uint_sat(fabs(fmax((float)(a & 255u), g)) * 16.0f); } }
  if (((90423u < c) ? 90423u : (c ^ 0x55u)) == ((751520u % (gid | 1u)) << ((708809u | lid) & 31u))) { b = (mul_hi(934213u, b) + (((lid < a) ? lid : (a ^ 0x55u)) & (2440u >> (745524u & 31u)))); } else { for (int k = 0; k < 2; k++) {  g = clamp(clamp(fmin(sqrt(fabs(g)), g), -4.0f, 4.0f), -1000.0f, 1000.0f); } }
  switch ((lid + ((b < c) ? b : (c ^ 0x55u))) & 3u) { case 0: d += 1u; break; case 1: d ^= 3u; /* falls through */ case 2: d = (mul_hi(180541u, a) >> ((a + lid) & 31u)); break; default: d = rotate(d, 3u); }
  if (d < ((d * c) + (gid % (lid | 1u)))) { b = (((uint)(((int)(837944u & 0xffffu) - (int)(gid & 0xffffu)) / 3) / ((a % (gid | 1u)) | 1u)) ^ rotate((831176u << (c & 31u)), (c * 1004309u))); } else { for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 1u) continue; p[((uint)(((int)(a & 0xffffu) - (int)(1034888u & 0xffffu)) / 3) + 5u) & 7u] = min((974231u ^ 947095u), min(lid, 109368u)); b += p[3u & 7u]; } }
  c ^= convert_uint_sat(fabs(sqrt(fabs((g - g)))) * 16.0f);
  g = clamp((fmin(2.85f, fmax((float)(a & 255u), (float)(a & 255u))) * 0.85f), -1000.0f, 1000.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
