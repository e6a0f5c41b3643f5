struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((x & x)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((max((x / (648929u | 1u)), (y & x)) | (y | (x >> (y & 31u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = (308082u | (((gid ^ a) < (728042u | d)) ? (gid ^ a) : ((728042u | d) ^ 0x55u)));
  c = 724736u;
  d = h0(gid, (uint)(((int)(gid & 0xffffu) - (int)((b << (b & 31u)) & 0xffffu)) / 3));
  f = clamp(1.33f, -1000.0f, 1000.0f);
  a = h0(((c + lid) | 462595u), b);
  if (((b ^ a) % (gid | 1u)) < min((c ^ gid), rotate(lid, a))) { a = ((((gid << (lid & 31u)) | rotate(601097u, 215431u)) < rotate(gid, (gid & c))) ? ((gid << (lid & 31u)) | rotate(601097u, 215431u)) : (rotate(gid, (gid & c)) ^ 0x55u)); } else { g = clamp(fmin(clamp((g * (float)(a & 255u)), -4.0f, 4.0f), fmin(f, fmin(g, g))), -1000.0f, 1000.0f); }
  d = h0(rotate((uint)(((int)(c & 0xffffu) - (int)(d & 0xffffu)) / 3), 547208u), (320274u * (1026250u | b)));
  c = a;
  if (596399u > rotate((a >> (541428u & 31u)), (a * gid))) { p[(537389u + 4u) & 7u] = ((753524u / (d | 1u)) / (min(855323u, a) | 1u)); d += p[4u & 7u]; } else { c = lid; }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
