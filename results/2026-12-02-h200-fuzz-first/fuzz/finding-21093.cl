struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((rotate((245297u | x), (x + x)) % (((y & x) >> (((y < 777311u) ? y : (777311u ^ 0x55u)) & 31u)) | 1u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch ((c % (mul_hi(b, 540448u) | 1u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 971u; /* falls through */ case 2: a = gid; break; default: a = rotate(a, 3u); }
  for (int k = 0; k < 2; k++) { if ((a & 7u) == 1u) break; d = h0(min(mul_hi(177642u, 67404u), (gid & lid)), 444968u); }
  for (int k = 0; k < 4; k++) {  if ((min(c, d) >> ((c << (219609u & 31u)) & 31u)) < 736903u) { d = lid; } else { p[(889746u + 3u) & 7u] = (rotate(925048u, lid) - (d << (275965u & 31u))); b += p[3u & 7u]; } }
  d = (uint)(((int)((rotate(d, lid) + (lid + 633279u)) & 0xffffu) - (int)(rotate((b - a), (508467u >> (152274u & 31u))) & 0xffffu)) / 3);
  a = (min(min(c, 276975u), (c >> (152297u & 31u))) % (max((uint)(((int)(17638u & 0xffffu) - (int)(315787u & 0xffffu)) / 3), (d - d)) | 1u));
  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 1u) continue; for (int k = 0; k < 1; k++) {  d ^= convert_uint_sat(fabs(fmax((f / (fabs(g) + 1.0f)), sqrt(fabs(2.10f)))) * 16.0f); } }
  for (int k = 0; k < 2; k++) {  b = max((11370u * (gid / (c | 1u))), (926774u % ((331695u - 90102u) | 1u))); }
  b = h0((min(a, c) % ((993853u / (d | 1u)) | 1u)), (((d < 969878u) ? d : (969878u ^ 0x55u)) >> (mul_hi(c, 872121u) & 31u)));
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 0u) continue; g = clamp(((fmax(1.41f, g) / (fabs(g) + 1.0f)) * f), -1000.0f, 1000.0f); }
  a ^= convert_uint_sat(fabs(f) * 16.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
