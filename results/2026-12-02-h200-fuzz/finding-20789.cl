struct pair { uint u; float f; };
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
  for (int k = 0; k < 3; k++) {  b = 539424u; }
  p[((187977u & 635461u) + 6u) & 7u] = ((a >> (979025u & 31u)) >> (lid & 31u)); c += p[3u & 7u];
  switch (d & 3u) { case 0: b += 1u; break; case 1: b ^= 213u; /* falls through */ case 2: b = (gid & a); break; default: b = rotate(b, 3u); }
  switch (min((350831u / (a | 1u)), (lid & lid)) & 3u) { case 0: b += 1u; break; case 1: b ^= 144u; /* falls through */ case 2: b = a; break; default: b = rotate(b, 3u); }
  c = (rotate((lid / (gid | 1u)), (d - b)) - (((890872u < gid) ? 890872u : (gid ^ 0x55u)) & d));
  p[((c | gid) + 1u) & 7u] = mul_hi(d, (b + gid)); d += p[2u & 7u];
  atomic_add(&acc[3u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
