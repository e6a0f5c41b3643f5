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
  for (int k = 0; k < 6; k++) { if ((c & 7u) == 0u) break; if (((lid * 37884u) | min(gid, d)) != (max(lid, 738506u) % ((c % (b | 1u)) | 1u))) { b = (((gid & c) * mul_hi(186443u, a)) % (a | 1u)); } else { f = clamp(fmax(((float)(a & 255u) * f), fmax((g / (fabs(0.23f) + 1.0f)), (0.15f / (fabs(g) + 1.0f)))), -1000.0f, 1000.0f); } }
  b = rotate((mul_hi(lid, lid) >> ((c * b) & 31u)), lid);
  atomic_add(&acc[0u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
