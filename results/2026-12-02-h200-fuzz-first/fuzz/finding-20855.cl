struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((max(y, y) | (271291u / (y | 1u))) - (x * (x % (x | 1u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 3; k++) { if ((c & 7u) == 2u) break; d = h0(c, (uint)(((int)(rotate(c, 352170u) & 0xffffu) - (int)((gid + d) & 0xffffu)) / 3)); }
  c ^= convert_uint_sat(fabs(sqrt(fabs(fmax(g, f)))) * 16.0f);
  switch (32280u & 3u) { case 0: a += 1u; break; case 1: a ^= 704u; /* falls through */ case 2: a = (uint)(((int)(339749u & 0xffffu) - (int)((549258u ^ gid) & 0xffffu)) / 3); break; default: a = rotate(a, 3u); }
  b = ((uint)(((int)((gid ^ d) & 0xffffu) - (int)(min(383956u, 441114u) & 0xffffu)) / 3) * (max(gid, b) >> ((b / (b | 1u)) & 31u)));
  a ^= convert_uint_sat(fabs(((float)(a & 255u) + fmax(2.74f, f))) * 16.0f);
  c ^= convert_uint_sat(fabs(fmin(3.71f, clamp((float)(a & 255u), -4.0f, 4.0f))) * 16.0f);
  g = clamp(fmax((float)(a & 255u), (((float)(a & 255u) + 0.26f) * (g - 1.54f))), -1000.0f, 1000.0f);
  c ^= convert_uint_sat(fabs((g / (fabs(f) + 1.0f))) * 16.0f);
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
