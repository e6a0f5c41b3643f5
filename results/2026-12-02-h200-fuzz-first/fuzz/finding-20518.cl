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
  d ^= convert_uint_sat(fabs(g) * 16.0f);
  for (int k = 0; k < 1; k++) {  f = clamp((0.55f * (float)(a & 255u)), -1000.0f, 1000.0f); }
  b ^= convert_uint_sat(fabs((clamp(g, -4.0f, 4.0f) - 3.42f)) * 16.0f);
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 1u) continue; a = mul_hi((((b < b) ? b : (b ^ 0x55u)) & (449404u % (gid | 1u))), b); }
  b ^= convert_uint_sat(fabs(f) * 16.0f);
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
