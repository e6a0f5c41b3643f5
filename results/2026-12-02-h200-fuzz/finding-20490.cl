struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((y * x) + y) - ((285126u & 818515u) | x))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (min((((y < 765516u) ? y : (765516u ^ 0x55u)) ^ (y + 974276u)), (((x < x) ? x : (x ^ 0x55u)) / (y | 1u)))); y ^= x >> 3; x = x * 31u + (rotate((mul_hi(159566u, y) * (x % (y | 1u))), y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = (((uint)(((int)(gid & 0xffffu) - (int)(lid & 0xffffu)) / 3) | (a ^ d)) ^ gid);
  p[((a / (b | 1u)) + 7u) & 7u] = 49699u; c += p[4u & 7u];
  for (int k = 0; k < 3; k++) { if ((b & 7u) == 1u) break; d = mul_hi((((445376u < 382741u) ? 445376u : (382741u ^ 0x55u)) ^ (320179u / (lid | 1u))), max(lid, (uint)(((int)(d & 0xffffu) - (int)(b & 0xffffu)) / 3))); }
  d = h0(1008262u, (rotate(c, a) << (c & 31u)));
  for (int k = 0; k < 5; k++) {  g = clamp((sqrt(fabs((2.42f - f))) + fmin(f, g)), -1000.0f, 1000.0f); }
  c ^= convert_uint_sat(fabs(f) * 16.0f);
  d = h0((lid ^ max(264611u, lid)), 320233u);
  atomic_add(&acc[1u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
