struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (rotate(min((802288u ^ x), (x - y)), ((y << (x & 31u)) % (min(x, x) | 1u)))); y ^= x >> 3; x = x * 31u + ((y * (mul_hi(504221u, y) | mul_hi(x, y)))); y ^= x >> 3; x = x * 31u + (((min(x, y) / ((484895u >> (743736u & 31u)) | 1u)) - ((min(x, x) < (546698u ^ 939894u)) ? min(x, x) : ((546698u ^ 939894u) ^ 0x55u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp((fmax(clamp(f, -4.0f, 4.0f), sqrt(fabs(1.42f))) - (f * fmin(2.43f, g))), -1000.0f, 1000.0f);
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 1u) continue; b = a; }
  g = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  b ^= convert_uint_sat(fabs((f / (fabs(g) + 1.0f))) * 16.0f);
  f = clamp(g, -1000.0f, 1000.0f);
  tile[lid] = (uint)(((int)((a >> (398133u & 31u)) & 0xffffu) - (int)(d & 0xffffu)) / 3); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 55u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
