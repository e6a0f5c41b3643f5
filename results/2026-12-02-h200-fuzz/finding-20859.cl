struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (mul_hi((x ^ y), mul_hi((x >> (y & 31u)), (358539u | y)))); y ^= x >> 3; x = x * 31u + (max((((x / (722357u | 1u)) < min(y, y)) ? (x / (722357u | 1u)) : (min(y, y) ^ 0x55u)), ((773766u % (y | 1u)) % ((y ^ y) | 1u)))); y ^= x >> 3; x = x * 31u + (max(x, (x / (x | 1u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
__kernel void fuzz(__global uint *out, __global const uint *in, __global float *fout,
                   __global const float *fin, __global uint *acc,
                   __global const struct pair *pairs) {
  uint gid = get_global_id(0), lid = get_local_id(0);
  __local uint tile[64];
  __local struct pair lpair[64];
  uint p[8];
  for (int k = 0; k < 8; k++) p[k] = in[(gid + (uint)k) % 256u];
  uint a = in[gid], b = in[(gid * 7u + 3u) % 256u], c = gid, d = lid;
  float f = fin[gid], g = fin[(gid + 1u) % 256u];
  c = min(((352716u & d) + (gid & b)), 533796u);
  c = h0(((879961u % (d | 1u)) - 723183u), gid);
  switch (mul_hi(((gid < b) ? gid : (b ^ 0x55u)), a) & 3u) { case 0: b += 1u; break; case 1: b ^= 595u; /* falls through */ case 2: b = ((a - a) + max(210447u, 329009u)); break; default: b = rotate(b, 3u); }
  g = clamp((sqrt(fabs((float)(a & 255u))) + sqrt(fabs((2.43f * f)))), -1000.0f, 1000.0f);
  a ^= convert_uint_sat(fabs((((float)(a & 255u) / (fabs(g) + 1.0f)) * clamp(g, -4.0f, 4.0f))) * 16.0f);
  p[((b & lid) + 7u) & 7u] = c; b += p[0u & 7u];
  for (int k = 0; k < 4; k++) {  if (min((d * 878942u), (gid * c)) > ((d + gid) << ((uint)(((int)(d & 0xffffu) - (int)(b & 0xffffu)) / 3) & 31u))) { g = clamp((clamp(fmin(1.13f, 0.8f), -4.0f, 4.0f) * (0.62f * (g - 0.89f))), -1000.0f, 1000.0f); } else { d = 82911u; } }
  p[(lid + 3u) & 7u] = (uint)(((int)(582419u & 0xffffu) - (int)((b * lid) & 0xffffu)) / 3); b += p[4u & 7u];
  for (int k = 0; k < 5; k++) { if ((c & 7u) == 0u) break; a = h0(((1017436u < rotate(lid, a)) ? 1017436u : (rotate(lid, a) ^ 0x55u)), ((lid % (lid | 1u)) | (b - lid))); }
  d ^= convert_uint_sat(fabs((1.29f / (fabs(((float)(a & 255u) + f)) + 1.0f))) * 16.0f);
  tile[lid] = a; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 52u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
