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
  switch (((c < (d + b)) ? c : ((d + b) ^ 0x55u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 526u; /* falls through */ case 2: a = rotate(rotate(318526u, 434375u), max(751790u, 980005u)); break; default: a = rotate(a, 3u); }
  a = d;
  a ^= convert_uint_sat(fabs(((1.65f * f) / (fabs(g) + 1.0f))) * 16.0f);
  a = (mul_hi(gid, (768064u * 797683u)) & d);
  f = clamp((sqrt(fabs(f)) - f), -1000.0f, 1000.0f);
  d = ((max(924444u, a) + (a / (201914u | 1u))) - ((264144u - a) - 418615u));
  switch (min(mul_hi(65711u, lid), (484599u << (878728u & 31u))) & 3u) { case 0: d += 1u; break; case 1: d ^= 949u; /* falls through */ case 2: d = d; break; default: d = rotate(d, 3u); }
  c = 380241u;
  if (222166u < 750567u) { p[(min(lid, c) + 5u) & 7u] = min((286209u >> (lid & 31u)), (708357u % (962135u | 1u))); c += p[1u & 7u]; } else { g = clamp(sqrt(fabs((fmax(2.48f, f) - ((float)(a & 255u) + f)))), -1000.0f, 1000.0f); }
  switch (((538030u - gid) - (gid | 734758u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 197u; /* falls through */ case 2: b = (488076u >> ((uint)(((int)(684522u & 0xffffu) - (int)(d & 0xffffu)) / 3) & 31u)); break; default: b = rotate(b, 3u); }
  atomic_add(&acc[1u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
