struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((((253902u / (y | 1u)) < (x / (y | 1u))) ? (253902u / (y | 1u)) : ((x / (y | 1u)) ^ 0x55u)) % ((((x - x) < 797396u) ? (x - x) : (797396u ^ 0x55u)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = gid;
  if (((lid < b) ? lid : (b ^ 0x55u)) != (mul_hi(a, c) ^ (895950u & lid))) { c = (uint)(((int)(gid & 0xffffu) - (int)(d & 0xffffu)) / 3); } else { switch (((lid | 547114u) / ((a & 294819u) | 1u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 552u; /* falls through */ case 2: a = ((gid << (lid & 31u)) << ((a << (a & 31u)) & 31u)); break; default: a = rotate(a, 3u); } }
  a = h0(lid, ((((d < 551575u) ? d : (551575u ^ 0x55u)) < min(a, 295815u)) ? ((d < 551575u) ? d : (551575u ^ 0x55u)) : (min(a, 295815u) ^ 0x55u)));
  for (int k = 0; k < 2; k++) { if ((a & 7u) == 5u) break; if (((lid & c) ^ (b / (568212u | 1u))) < d) { a = d; } else { c = d; } }
  d = mul_hi(((21153u % (a | 1u)) / ((gid + 79417u) | 1u)), ((gid & c) | (373538u * 529218u)));
  d ^= convert_uint_sat(fabs((1.59f * (f + g))) * 16.0f);
  tile[lid] = ((lid - gid) & min(d, c)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 41u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
