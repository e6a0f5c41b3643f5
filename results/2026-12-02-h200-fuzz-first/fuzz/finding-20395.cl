struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (299201u); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (max(383616u, ((146078u + x) + (y % (692135u | 1u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if ((rotate(690443u, b) / (a | 1u)) != d) { p[((544558u % (a | 1u)) + 3u) & 7u] = (((uint)(((int)(gid & 0xffffu) - (int)(1008054u & 0xffffu)) / 3) < ((723623u < a) ? 723623u : (a ^ 0x55u))) ? (uint)(((int)(gid & 0xffffu) - (int)(1008054u & 0xffffu)) / 3) : (((723623u < a) ? 723623u : (a ^ 0x55u)) ^ 0x55u)); a += p[6u & 7u]; } else { a = ((mul_hi(641711u, 268965u) & (b << (lid & 31u))) * ((987797u | b) & (b - d))); }
  g = clamp((clamp(g, -4.0f, 4.0f) * (float)(a & 255u)), -1000.0f, 1000.0f);
  atomic_add(&acc[0u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
