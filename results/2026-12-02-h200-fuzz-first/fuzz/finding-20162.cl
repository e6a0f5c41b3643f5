struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((x * y) | y) + (y ^ (uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c ^= convert_uint_sat(fabs((((float)(a & 255u) / (fabs((float)(a & 255u)) + 1.0f)) - f)) * 16.0f);
  f = clamp(fmax((g + g), (2.76f / (fabs(((float)(a & 255u) / (fabs(f) + 1.0f))) + 1.0f))), -1000.0f, 1000.0f);
  a = (max(max(a, lid), max(202869u, lid)) % (max((b - 974428u), (d * d)) | 1u));
  switch (d & 3u) { case 0: b += 1u; break; case 1: b ^= 735u; /* falls through */ case 2: b = (474036u | (a - d)); break; default: b = rotate(b, 3u); }
  atomic_add(&acc[2u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
