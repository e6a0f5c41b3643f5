struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((uint)(((int)(885966u & 0xffffu) - (int)((uint)(((int)(x & 0xffffu) - (int)(min(x, y) & 0xffffu)) / 3) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  b = rotate((((b / (a | 1u)) < c) ? (b / (a | 1u)) : (c ^ 0x55u)), (uint)(((int)(mul_hi(c, lid) & 0xffffu) - (int)(608479u & 0xffffu)) / 3));
  p[(rotate(d, 236109u) + 3u) & 7u] = (max(c, d) / (((a < d) ? a : (d ^ 0x55u)) | 1u)); b += p[7u & 7u];
  d = (mul_hi((gid * b), lid) >> ((621771u / ((uint)(((int)(d & 0xffffu) - (int)(b & 0xffffu)) / 3) | 1u)) & 31u));
  d = gid;
  switch (a & 3u) { case 0: c += 1u; break; case 1: c ^= 51u; /* falls through */ case 2: c = (gid / (((c < a) ? c : (a ^ 0x55u)) | 1u)); break; default: c = rotate(c, 3u); }
  f = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  a = (((b - lid) >> (rotate(a, b) & 31u)) - gid);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
