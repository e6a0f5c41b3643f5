struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (14009u); y ^= x >> 3; x = x * 31u + (((x ^ ((x < x) ? x : (x ^ 0x55u))) % ((y - x) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((uint)(((int)((1018740u << (343437u & 31u)) & 0xffffu) - (int)((y / (y | 1u)) & 0xffffu)) / 3) * ((y % (x | 1u)) + x))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 4; k++) {  if ((uint)(((int)((d % (183647u | 1u)) & 0xffffu) - (int)(b & 0xffffu)) / 3) < (lid - (a | 843464u))) { p[((lid | 2213u) + 3u) & 7u] = (uint)(((int)((6981u | c) & 0xffffu) - (int)((gid >> (c & 31u)) & 0xffffu)) / 3); c += p[0u & 7u]; } else { d = min(854061u, ((925885u ^ c) - lid)); } }
  b = h0(((734298u | 890488u) + (gid >> (642605u & 31u))), min(lid, (933344u / (d | 1u))));
  d = gid;
  a = d;
  b = (((c << (b & 31u)) | a) / ((lid + (d + b)) | 1u));
  a = (((c << (716736u & 31u)) << (gid & 31u)) << (c & 31u));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
