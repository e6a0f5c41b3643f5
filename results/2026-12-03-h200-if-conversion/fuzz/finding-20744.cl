struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((rotate(y, x) + (y % (x | 1u))) ^ max((x % (x | 1u)), (381954u | x)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = (max(244543u, 662400u) & (((lid < 244035u) ? lid : (244035u ^ 0x55u)) & (d % (b | 1u))));
  b ^= convert_uint_sat(fabs(fmin((f * f), (float)(a & 255u))) * 16.0f);
  c = h1(459221u, max((gid + c), rotate(b, gid)));
  b = gid;
  d = h1(gid, max(min(a, 349188u), mul_hi(lid, 457173u)));
  d = h0(((1008845u << (129594u & 31u)) ^ d), a);
  switch (((191504u ^ 190924u) * 327044u) & 3u) { case 0: d += 1u; break; case 1: d ^= 154u; /* falls through */ case 2: d = ((461865u + b) / ((282555u >> (gid & 31u)) | 1u)); break; default: d = rotate(d, 3u); }
  p[((lid ^ lid) + 6u) & 7u] = ((c / (b | 1u)) & min(81179u, lid)); a += p[2u & 7u];
  for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 1u) continue; d = ((((uint)(((int)(a & 0xffffu) - (int)(lid & 0xffffu)) / 3) < max(lid, d)) ? (uint)(((int)(a & 0xffffu) - (int)(lid & 0xffffu)) / 3) : (max(lid, d) ^ 0x55u)) ^ ((d << (430835u & 31u)) + ((lid < a) ? lid : (a ^ 0x55u)))); }
  f = clamp(sqrt(fabs(((g * f) / (fabs(sqrt(fabs(f))) + 1.0f)))), -1000.0f, 1000.0f);
  tile[lid] = (lid ^ (281856u ^ b)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 13u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
