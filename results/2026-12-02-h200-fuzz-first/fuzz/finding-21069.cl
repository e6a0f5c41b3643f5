struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((min(y, (304486u - x)) & min((550270u / (y | 1u)), 556914u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = h0(gid, (748869u >> (lid & 31u)));
  a = d;
  b = (((d % (d | 1u)) / (min(523595u, lid) | 1u)) / (rotate(rotate(a, 369991u), (850939u & lid)) | 1u));
  switch ((gid % ((d ^ c) | 1u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 123u; /* falls through */ case 2: b = (((gid < lid) ? gid : (lid ^ 0x55u)) << (lid & 31u)); break; default: b = rotate(b, 3u); }
  switch (c & 3u) { case 0: c += 1u; break; case 1: c ^= 413u; /* falls through */ case 2: c = min((c * gid), (b - b)); break; default: c = rotate(c, 3u); }
  b ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  a = h0((uint)(((int)(min(b, d) & 0xffffu) - (int)((d / (b | 1u)) & 0xffffu)) / 3), ((lid | gid) / ((520384u | 621105u) | 1u)));
  a = h0((gid * (gid + 46774u)), (mul_hi(c, lid) % ((957162u & a) | 1u)));
  b = (gid / (((uint)(((int)(lid & 0xffffu) - (int)(b & 0xffffu)) / 3) + ((b < d) ? b : (d ^ 0x55u))) | 1u));
  f = clamp((f - clamp((float)(a & 255u), -4.0f, 4.0f)), -1000.0f, 1000.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
