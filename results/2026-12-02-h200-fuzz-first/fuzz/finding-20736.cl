struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((797652u >> (87895u & 31u)) << (y & 31u)) / (((16316u - 101682u) * x) | 1u))); y ^= x >> 3; x = x * 31u + ((((max(215874u, x) % (490942u | 1u)) < 72968u) ? (max(215874u, x) % (490942u | 1u)) : (72968u ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b ^= convert_uint_sat(fabs((g + (f - (float)(a & 255u)))) * 16.0f);
  c ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 1u) continue; c = h1(min((d & gid), ((569314u < 438424u) ? 569314u : (438424u ^ 0x55u))), rotate((b << (822090u & 31u)), (gid + d))); }
  g = clamp(0.70f, -1000.0f, 1000.0f);
  a ^= convert_uint_sat(fabs((f - (g - g))) * 16.0f);
  b ^= convert_uint_sat(fabs(sqrt(fabs((float)(a & 255u)))) * 16.0f);
  tile[lid] = ((825156u * 445193u) % ((uint)(((int)(a & 0xffffu) - (int)(493125u & 0xffffu)) / 3) | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 43u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
