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
  f = clamp((g * g), -1000.0f, 1000.0f);
  if ((((262700u | a) < gid) ? (262700u | a) : (gid ^ 0x55u)) > ((859295u << (gid & 31u)) * 806572u)) { p[((b & gid) + 5u) & 7u] = ((616523u + 110279u) / (min(lid, a) | 1u)); a += p[3u & 7u]; } else { for (int k = 0; k < 6; k++) { if ((a & 7u) == 5u) break; g = clamp((sqrt(fabs(g)) * ((f * g) / (fabs(((float)(a & 255u) / (fabs(f) + 1.0f))) + 1.0f))), -1000.0f, 1000.0f); } }
  if ((((b + 239741u) < rotate(d, gid)) ? (b + 239741u) : (rotate(d, gid) ^ 0x55u)) == 310330u) { for (int k = 0; k < 5; k++) {  a ^= convert_uint_sat(fabs(((float)(a & 255u) / (fabs(sqrt(fabs(1.97f))) + 1.0f))) * 16.0f); } } else { c = (((mul_hi(c, b) + min(b, c)) < ((((a < 313495u) ? a : (313495u ^ 0x55u)) < 757831u) ? ((a < 313495u) ? a : (313495u ^ 0x55u)) : (757831u ^ 0x55u))) ? (mul_hi(c, b) + min(b, c)) : (((((a < 313495u) ? a : (313495u ^ 0x55u)) < 757831u) ? ((a < 313495u) ? a : (313495u ^ 0x55u)) : (757831u ^ 0x55u)) ^ 0x55u)); }
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 1u) continue; g = clamp(fmin(clamp((float)(a & 255u), -4.0f, 4.0f), fmin(fmax(1.87f, g), fmin(g, (float)(a & 255u)))), -1000.0f, 1000.0f); }
  g = clamp(3.48f, -1000.0f, 1000.0f);
  b = ((198565u % (b | 1u)) + (a >> (rotate(d, 531247u) & 31u)));
  tile[lid] = max(b, ((627878u < 613308u) ? 627878u : (613308u ^ 0x55u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 23u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
