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
  f = clamp(1.60f, -1000.0f, 1000.0f);
  f = clamp((fmin(f, f) + g), -1000.0f, 1000.0f);
  p[((610762u << (243497u & 31u)) + 2u) & 7u] = max((1036365u / (b | 1u)), 802978u); c += p[6u & 7u];
  a = (uint)(((int)(383280u & 0xffffu) - (int)(lid & 0xffffu)) / 3);
  p[((618800u - b) + 2u) & 7u] = (lid | a); a += p[7u & 7u];
  a ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  d = (817294u - 180699u);
  tile[lid] = 159427u; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 46u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
