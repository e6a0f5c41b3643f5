struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((888317u < rotate(x, x)) ? 888317u : (rotate(x, x) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((((x / (860614u | 1u)) < min(1004860u, 696780u)) ? (x / (860614u | 1u)) : (min(1004860u, 696780u) ^ 0x55u)) & (((223016u < x) ? 223016u : (x ^ 0x55u)) | ((y < 16885u) ? y : (16885u ^ 0x55u))))); y ^= x >> 3; x = x * 31u + (rotate((max(x, 636730u) & (609430u + y)), x)); y ^= x >> 3; x = x * 31u + (430747u); y ^= x >> 3; x = x * 31u + (455490u); y ^= x >> 3; x = x * 31u + (rotate(max((x & 932323u), (x ^ 227694u)), ((179918u | 318544u) << (max(x, x) & 31u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((min(324362u, (x * y)) < rotate(min(153260u, 536756u), ((y < 590606u) ? y : (590606u ^ 0x55u)))) ? min(324362u, (x * y)) : (rotate(min(153260u, 536756u), ((y < 590606u) ? y : (590606u ^ 0x55u))) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((13111u + min(550106u, 300u))); y ^= x >> 3; x = x * 31u + ((mul_hi((x | x), (y - x)) & (rotate(y, 745709u) ^ rotate(y, x)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (55442u); y ^= x >> 3; x = x * 31u + ((y + x)); y ^= x >> 3; x = x * 31u + (50247u); y ^= x >> 3; x = x * 31u + ((((836918u - y) << (y & 31u)) * ((x + y) - max(y, 867156u)))); y ^= x >> 3; x = x * 31u + (max((597159u * min(y, y)), (56231u ^ 451119u))); y ^= x >> 3; x = x * 31u + ((min((x ^ y), (128219u & 774355u)) & (uint)(((int)(min(y, 125950u) & 0xffffu) - (int)((850961u | x) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + (min((mul_hi(y, 1012276u) ^ (603317u * 919602u)), mul_hi(y, (x * y)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((((734480u * (x << (x & 31u))) < (uint)(((int)(min(y, x) & 0xffffu) - (int)((x | y) & 0xffffu)) / 3)) ? (734480u * (x << (x & 31u))) : ((uint)(((int)(min(y, x) & 0xffffu) - (int)((x | y) & 0xffffu)) / 3) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = min(((((651952u < b) ? 651952u : (b ^ 0x55u)) < 312711u) ? ((651952u < b) ? 651952u : (b ^ 0x55u)) : (312711u ^ 0x55u)), ((247572u * gid) >> ((16113u ^ b) & 31u)));
  f = clamp(f, -1000.0f, 1000.0f);
  g = clamp(((0.19f * fmin(0.84f, 1.22f)) * sqrt(fabs(fmin(3.84f, (float)(a & 255u))))), -1000.0f, 1000.0f);
  b ^= convert_uint_sat(fabs(sqrt(fabs(fmin((float)(a & 255u), 2.24f)))) * 16.0f);
  b = h1(mul_hi(min(gid, d), (lid << (b & 31u))), ((722214u << (gid & 31u)) * ((933222u < lid) ? 933222u : (lid ^ 0x55u))));
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 1u) continue; g = clamp(fmax(fmin(fmax((float)(a & 255u), f), (0.85f * (float)(a & 255u))), (float)(a & 255u)), -1000.0f, 1000.0f); }
  b = min(244371u, ((125197u | 874719u) / (b | 1u)));
  for (int k = 0; k < 4; k++) { if ((c & 7u) == 3u) break; for (int k = 0; k < 6; k++) {  b = (mul_hi((c ^ a), c) / (lid | 1u)); } }
  p[(max(b, a) + 5u) & 7u] = a; b += p[4u & 7u];
  switch ((((lid < gid) ? lid : (gid ^ 0x55u)) * (uint)(((int)(d & 0xffffu) - (int)(lid & 0xffffu)) / 3)) & 3u) { case 0: a += 1u; break; case 1: a ^= 600u; /* falls through */ case 2: a = 287512u; break; default: a = rotate(a, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
