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
  b ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  g = clamp((fmin(fmax(f, f), 1.60f) * fmax(fmin(g, (float)(a & 255u)), fmax(g, 0.86f))), -1000.0f, 1000.0f);
  b = ((99447u ^ min(a, 678893u)) / ((((lid * c) < (532475u >> (317113u & 31u))) ? (lid * c) : ((532475u >> (317113u & 31u)) ^ 0x55u)) | 1u));
  tile[lid] = ((b / (lid | 1u)) % (179598u | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 39u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
