struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((((y * y) < x) ? (y * y) : (x ^ 0x55u)) ^ min(y, (x << (x & 31u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
__kernel void fuzz(__global uint *out, __global const uint *in, __global float *fout,
                   __global const float *fin, __global uint *acc,
                   __global const struct pair *pairs) {
  uint gid = get_global_id(0), lid = get_local_id(0);
  __local uint tile[64];
  __local struct pair lpair[64];
  uint p[8];
  for (int k = 0; k < 8; k++) p[k] = in[(gid + (uint)k) % 256u];
  uint a = in[gid], b = in[(gid * 7u + 3u) % 256u], c = gid, d = lid;
  float f = fin[gid], g = fin[(gid + 1u) % 256u];
  switch (d & 3u) { case 0: b += 1u; break; case 1: b ^= 368u; /* falls through */ case 2: b = a; break; default: b = rotate(b, 3u); }
  f = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  switch ((lid ^ (b % (gid | 1u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 802u; /* falls through */ case 2: c = (lid & min(c, lid)); break; default: c = rotate(c, 3u); }
  b = (c & ((c % (883733u | 1u)) ^ rotate(107294u, d)));
  switch (484472u & 3u) { case 0: b += 1u; break; case 1: b ^= 163u; /* falls through */ case 2: b = max(max(399000u, c), (lid << (487757u & 31u))); break; default: b = rotate(b, 3u); }
  b = (((mul_hi(d, 403181u) < (915878u & lid)) ? mul_hi(d, 403181u) : ((915878u & lid) ^ 0x55u)) * min(a, (d % (gid | 1u))));
  f = clamp(sqrt(fabs((f * fmax(g, f)))), -1000.0f, 1000.0f);
  if ((max(lid, gid) & (gid / (lid | 1u))) != (lid / ((a | b) | 1u))) { switch ((rotate(lid, 260313u) * (b % (gid | 1u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 803u; /* falls through */ case 2: b = min((929070u & d), (c ^ c)); break; default: b = rotate(b, 3u); } } else { b = ((844715u << (371704u & 31u)) - ((gid - lid) / ((d >> (gid & 31u)) | 1u))); }
  tile[lid] = rotate((uint)(((int)(623651u & 0xffffu) - (int)(gid & 0xffffu)) / 3), rotate(b, lid)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 27u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
