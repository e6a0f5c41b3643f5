struct pair { uint u; float f; };
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
  f = clamp(sqrt(fabs(g)), -1000.0f, 1000.0f);
  if (((a | c) & c) == rotate((c / (lid | 1u)), (211302u + 356429u))) { d = (uint)(((int)(mul_hi(a, ((562488u < a) ? 562488u : (a ^ 0x55u))) & 0xffffu) - (int)((max(c, 913481u) ^ 99648u) & 0xffffu)) / 3); } else { d = b; }
  b ^= convert_uint_sat(fabs(clamp((g + 1.91f), -4.0f, 4.0f)) * 16.0f);
  atomic_add(&acc[1u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
