struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (77203u); y ^= x >> 3; x = x * 31u + ((y - (max(295085u, x) & min(y, x)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(mul_hi(736352u, 630542u) & 0xffffu) - (int)(min(x, (939260u << (y & 31u))) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  f = clamp((clamp(clamp(f, -4.0f, 4.0f), -4.0f, 4.0f) * 3.5f), -1000.0f, 1000.0f);
  for (int k = 0; k < 4; k++) { if ((c & 7u) == 5u) break; c ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
