struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((mul_hi((792967u + y), max(x, x)) >> (y & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if ((rotate(d, b) | rotate(165653u, 939430u)) > (max(gid, a) | 493932u)) { if ((uint)(((int)((90835u & gid) & 0xffffu) - (int)(mul_hi(a, b) & 0xffffu)) / 3) > (uint)(((int)((b << (a & 31u)) & 0xffffu) - (int)(421407u & 0xffffu)) / 3)) { d = a; } else { b ^= convert_uint_sat(fabs(clamp(0.50f, -4.0f, 4.0f)) * 16.0f); } } else { for (int k = 0; k < 1; k++) {  p[(d + 0u) & 7u] = ((677109u << (gid & 31u)) / ((868586u ^ gid) | 1u)); d += p[2u & 7u]; } }
  c = h0(823291u, gid);
  for (int k = 0; k < 6; k++) { if ((c & 7u) == 5u) break; for (int k = 0; k < 6; k++) { if ((b & 7u) == 5u) break; g = clamp(sqrt(fabs(((2.85f / (fabs(f) + 1.0f)) / (fabs(clamp(f, -4.0f, 4.0f)) + 1.0f)))), -1000.0f, 1000.0f); } }
  a = lid;
  switch ((gid >> ((lid << (631701u & 31u)) & 31u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 645u; /* falls through */ case 2: d = d; break; default: d = rotate(d, 3u); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
