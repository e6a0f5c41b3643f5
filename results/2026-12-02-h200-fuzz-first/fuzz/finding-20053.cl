struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((mul_hi(x, mul_hi(821864u, 572463u)) | rotate((x + 923570u), (y + 268520u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (((d + 550410u) * (a - 1028924u)) < rotate((771367u ^ d), (gid >> (lid & 31u)))) { b ^= convert_uint_sat(fabs(fmax((f * g), fmax(f, f))) * 16.0f); } else { d = h0(55131u, max((808829u * lid), max(38503u, b))); }
  if ((((lid / (d | 1u)) < rotate(gid, a)) ? (lid / (d | 1u)) : (rotate(gid, a) ^ 0x55u)) > 386217u) { d = h0(lid, (d & d)); } else { g = clamp(fmax(clamp(fmin((float)(a & 255u), (float)(a & 255u)), -4.0f, 4.0f), (float)(a & 255u)), -1000.0f, 1000.0f); }
  f = clamp((0.85f - sqrt(fabs((1.31f * (float)(a & 255u))))), -1000.0f, 1000.0f);
  d = (b & ((a | 169933u) >> ((c * 761368u) & 31u)));
  b = max(((d + c) | (b >> (c & 31u))), (uint)(((int)((gid >> (b & 31u)) & 0xffffu) - (int)(506733u & 0xffffu)) / 3));
  if ((uint)(((int)(b & 0xffffu) - (int)((uint)(((int)(gid & 0xffffu) - (int)(d & 0xffffu)) / 3) & 0xffffu)) / 3) != rotate((315600u & d), rotate(d, d))) { if (min(b, a) > lid) { p[((d << (gid & 31u)) + 3u) & 7u] = ((lid % (gid | 1u)) << ((872610u & a) & 31u)); a += p[5u & 7u]; } else { c ^= convert_uint_sat(fabs(clamp(sqrt(fabs((float)(a & 255u))), -4.0f, 4.0f)) * 16.0f); } } else { g = clamp(sqrt(fabs(fmax(fmax(f, (float)(a & 255u)), (f * 0.16f)))), -1000.0f, 1000.0f); }
  switch (617678u & 3u) { case 0: d += 1u; break; case 1: d ^= 848u; /* falls through */ case 2: d = max((326782u * lid), (d << (gid & 31u))); break; default: d = rotate(d, 3u); }
  switch (((a / (lid | 1u)) | (lid ^ d)) & 3u) { case 0: b += 1u; break; case 1: b ^= 573u; /* falls through */ case 2: b = (((a < c) ? a : (c ^ 0x55u)) ^ c); break; default: b = rotate(b, 3u); }
  d ^= convert_uint_sat(fabs(2.72f) * 16.0f);
  tile[lid] = (rotate(gid, 801380u) * (a % (lid | 1u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 22u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
