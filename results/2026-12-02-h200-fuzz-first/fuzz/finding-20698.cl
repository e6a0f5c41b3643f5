struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (max(x, 59975u)); y ^= x >> 3; x = x * 31u + (((((x % (721690u | 1u)) | 1045301u) < (((y << (x & 31u)) < (y + y)) ? (y << (x & 31u)) : ((y + y) ^ 0x55u))) ? ((x % (721690u | 1u)) | 1045301u) : ((((y << (x & 31u)) < (y + y)) ? (y << (x & 31u)) : ((y + y) ^ 0x55u)) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (((gid + a) % ((266700u ^ lid) | 1u)) > mul_hi(min(a, d), (gid ^ 398429u))) { d ^= convert_uint_sat(fabs((1.10f * (f * (float)(a & 255u)))) * 16.0f); } else { switch (((b % (956768u | 1u)) + rotate(c, 141954u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 992u; /* falls through */ case 2: a = (((987067u * d) < (gid & 857586u)) ? (987067u * d) : ((gid & 857586u) ^ 0x55u)); break; default: a = rotate(a, 3u); } }
  g = clamp((fmin(fmax(f, (float)(a & 255u)), (f - (float)(a & 255u))) + fmin((g + f), (g - g))), -1000.0f, 1000.0f);
  switch (c & 3u) { case 0: d += 1u; break; case 1: d ^= 786u; /* falls through */ case 2: d = ((uint)(((int)(d & 0xffffu) - (int)(a & 0xffffu)) / 3) >> (c & 31u)); break; default: d = rotate(d, 3u); }
  if (min((b & c), 232641u) < 717568u) { for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 1u) continue; b ^= convert_uint_sat(fabs(3.20f) * 16.0f); } } else { a = (c - max((755359u & d), (c | 868889u))); }
  c ^= convert_uint_sat(fabs(clamp(fmax(3.15f, f), -4.0f, 4.0f)) * 16.0f);
  p[((a + lid) + 0u) & 7u] = ((lid < (b % (528335u | 1u))) ? lid : ((b % (528335u | 1u)) ^ 0x55u)); d += p[2u & 7u];
  switch ((rotate(gid, a) - rotate(a, lid)) & 3u) { case 0: c += 1u; break; case 1: c ^= 420u; /* falls through */ case 2: c = (300411u ^ (845449u * d)); break; default: c = rotate(c, 3u); }
  p[(rotate(604247u, 129924u) + 5u) & 7u] = ((gid - b) >> (min(b, c) & 31u)); c += p[4u & 7u];
  for (int k = 0; k < 3; k++) {  b = h0(lid, max((d ^ gid), ((736926u < gid) ? 736926u : (gid ^ 0x55u)))); }
  tile[lid] = max((uint)(((int)(d & 0xffffu) - (int)(lid & 0xffffu)) / 3), 573155u); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 21u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
