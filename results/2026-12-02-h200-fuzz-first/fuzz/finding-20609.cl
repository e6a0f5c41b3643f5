struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (rotate(max((x + x), (y + x)), 908287u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 1u) continue; c ^= convert_uint_sat(fabs(sqrt(fabs(fmax(1.53f, f)))) * 16.0f); }
  c = ((max(d, b) | max(441105u, 349267u)) << (max(mul_hi(gid, 123119u), max(458665u, a)) & 31u));
  d = h0(((gid % (lid | 1u)) + (700836u >> (d & 31u))), 826159u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
