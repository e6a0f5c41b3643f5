struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (rotate((min(x, y) - y), rotate(max(x, y), x))); y ^= x >> 3; x = x * 31u + ((606083u - 227779u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a ^= convert_uint_sat(fabs(g) * 16.0f);
  a = a;
  f = clamp((sqrt(fabs(((float)(a & 255u) * (float)(a & 255u)))) - sqrt(fabs(f))), -1000.0f, 1000.0f);
  tile[lid] = (((d ^ b) < min(968042u, lid)) ? (d ^ b) : (min(968042u, lid) ^ 0x55u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 22u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
