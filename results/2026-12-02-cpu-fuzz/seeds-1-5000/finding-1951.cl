struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((rotate(x, 438327u) < (x + y)) ? rotate(x, 438327u) : ((x + y) ^ 0x55u)) | (((y < y) ? y : (y ^ 0x55u)) ^ y))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (213941u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = (((uint)(((int)(gid & 0xffffu) - (int)(c & 0xffffu)) / 3) % (min(gid, 970086u) | 1u)) >> (487954u & 31u));
  switch ((lid >> ((d / (lid | 1u)) & 31u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 98u; /* falls through */ case 2: c = mul_hi(((c < 326522u) ? c : (326522u ^ 0x55u)), b); break; default: c = rotate(c, 3u); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
