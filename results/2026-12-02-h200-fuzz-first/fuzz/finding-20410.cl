struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((x | x) / (min(y, x) | 1u)) & y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = h0(max((a / (c | 1u)), 853870u), ((uint)(((int)(gid & 0xffffu) - (int)(b & 0xffffu)) / 3) - (b - c)));
  p[(736243u + 1u) & 7u] = (b ^ gid); b += p[1u & 7u];
  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 1u) continue; for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 1u) continue; b = (((uint)(((int)(c & 0xffffu) - (int)(945286u & 0xffffu)) / 3) >> (gid & 31u)) | ((gid << (gid & 31u)) & max(a, 1030269u))); } }
  switch (386800u & 3u) { case 0: b += 1u; break; case 1: b ^= 96u; /* falls through */ case 2: b = ((uint)(((int)(c & 0xffffu) - (int)(d & 0xffffu)) / 3) ^ (d | c)); break; default: b = rotate(b, 3u); }
  switch (b & 3u) { case 0: c += 1u; break; case 1: c ^= 44u; /* falls through */ case 2: c = (lid & c); break; default: c = rotate(c, 3u); }
  tile[lid] = (min(a, gid) << ((b & a) & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 33u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
