struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((max(max(y, y), x) >> ((min(48628u, 932032u) - (163013u >> (y & 31u))) & 31u))); y ^= x >> 3; x = x * 31u + (((376175u >> (y & 31u)) + 518885u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((uint)(((int)(x & 0xffffu) - (int)(max(x, x) & 0xffffu)) / 3) >> ((uint)(((int)((567635u + x) & 0xffffu) - (int)((x | 229480u) & 0xffffu)) / 3) & 31u))); y ^= x >> 3; x = x * 31u + (mul_hi(y, 912708u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if ((((uint)(((int)(lid & 0xffffu) - (int)(lid & 0xffffu)) / 3) < (uint)(((int)(gid & 0xffffu) - (int)(170912u & 0xffffu)) / 3)) ? (uint)(((int)(lid & 0xffffu) - (int)(lid & 0xffffu)) / 3) : ((uint)(((int)(gid & 0xffffu) - (int)(170912u & 0xffffu)) / 3) ^ 0x55u)) != lid) { d = h1(487635u, (b + (lid & 611714u))); } else { d = min(((618687u % (lid | 1u)) * 403192u), ((lid - b) - 755764u)); }
  d = (min(c, max(lid, a)) / (((952088u * 300628u) % ((d & 441812u) | 1u)) | 1u));
  b = h1(rotate((357879u / (542026u | 1u)), mul_hi(158259u, a)), ((gid & lid) % (((246085u < b) ? 246085u : (b ^ 0x55u)) | 1u)));
  b = gid;
  b ^= convert_uint_sat(fabs(fmax(((float)(a & 255u) * 0.41f), (0.96f - (float)(a & 255u)))) * 16.0f);
  for (int k = 0; k < 1; k++) { if ((d & 7u) == 0u) break; d ^= convert_uint_sat(fabs((fmin(g, 1.2f) * (f / (fabs(g) + 1.0f)))) * 16.0f); }
  for (int k = 0; k < 3; k++) {  g = clamp((clamp((float)(a & 255u), -4.0f, 4.0f) * sqrt(fabs(fmin((float)(a & 255u), f)))), -1000.0f, 1000.0f); }
  b = h0((b | max(595392u, 853720u)), (((356090u < 34627u) ? 356090u : (34627u ^ 0x55u)) - mul_hi(lid, d)));
  d = (max((uint)(((int)(397246u & 0xffffu) - (int)(d & 0xffffu)) / 3), 3162u) % (857969u | 1u));
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
