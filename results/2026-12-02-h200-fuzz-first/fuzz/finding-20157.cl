struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((694985u * (x | (y % (y | 1u))))); y ^= x >> 3; x = x * 31u + ((uint)(((int)((((uint)(((int)(x & 0xffffu) - (int)(593213u & 0xffffu)) / 3) < y) ? (uint)(((int)(x & 0xffffu) - (int)(593213u & 0xffffu)) / 3) : (y ^ 0x55u)) & 0xffffu) - (int)(y & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = ((d | (lid / (d | 1u))) + max((c / (79551u | 1u)), 763211u));
  b = h0((min(811157u, c) / (rotate(lid, b) | 1u)), d);
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 1u) continue; g = clamp(fmax(clamp((f + (float)(a & 255u)), -4.0f, 4.0f), ((f - (float)(a & 255u)) / (fabs(g) + 1.0f))), -1000.0f, 1000.0f); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
