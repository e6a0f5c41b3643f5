struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((882698u * mul_hi(y, (783493u & y)))); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) + (x | x)) << (((x < (412145u & x)) ? x : ((412145u & x) ^ 0x55u)) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = h0(((177386u ^ gid) & (d / (207346u | 1u))), ((lid << (424461u & 31u)) >> (a & 31u)));
  d = h0((846805u >> ((b + c) & 31u)), ((a - b) | lid));
  switch ((min(gid, b) / ((b % (d | 1u)) | 1u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 570u; /* falls through */ case 2: d = a; break; default: d = rotate(d, 3u); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
