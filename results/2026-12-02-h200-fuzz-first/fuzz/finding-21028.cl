struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (min(x, (702172u & x))); y ^= x >> 3; x = x * 31u + (((637001u | (y % (x | 1u))) * y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[((uint)(((int)(lid & 0xffffu) - (int)(gid & 0xffffu)) / 3) + 6u) & 7u] = mul_hi((702545u ^ lid), (d % (lid | 1u))); d += p[4u & 7u];
  a = (((gid | 1012226u) >> (b & 31u)) & max(950018u, (uint)(((int)(d & 0xffffu) - (int)(138584u & 0xffffu)) / 3)));
  a ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  for (int k = 0; k < 1; k++) { if ((a & 7u) == 5u) break; d = (d | max(((483913u < 722202u) ? 483913u : (722202u ^ 0x55u)), mul_hi(b, 124012u))); }
  c ^= convert_uint_sat(fabs((((float)(a & 255u) / (fabs(f) + 1.0f)) + ((float)(a & 255u) / (fabs(f) + 1.0f)))) * 16.0f);
  tile[lid] = min(mul_hi(lid, b), (d - d)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 62u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
