struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((mul_hi(428314u, y) << (max(rotate(146302u, 867003u), (455185u % (y | 1u))) & 31u))); y ^= x >> 3; x = x * 31u + (min(132982u, rotate(mul_hi(x, x), rotate(y, x)))); y ^= x >> 3; x = x * 31u + (((x ^ max(y, x)) ^ x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp((((float)(a & 255u) / (fabs((g / (fabs(f) + 1.0f))) + 1.0f)) - ((float)(a & 255u) + clamp(g, -4.0f, 4.0f))), -1000.0f, 1000.0f);
  c = (rotate((gid >> (gid & 31u)), (a >> (c & 31u))) % ((((b << (d & 31u)) < d) ? (b << (d & 31u)) : (d ^ 0x55u)) | 1u));
  c ^= convert_uint_sat(fabs((fmin(f, f) * fmax(f, 0.57f))) * 16.0f);
  tile[lid] = ((101675u / (b | 1u)) * mul_hi(a, 554695u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 51u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
