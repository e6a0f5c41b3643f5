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
  switch ((((c - lid) < c) ? (c - lid) : (c ^ 0x55u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 653u; /* falls through */ case 2: c = ((uint)(((int)(d & 0xffffu) - (int)(c & 0xffffu)) / 3) ^ (528186u - a)); break; default: c = rotate(c, 3u); }
  b = (((gid % (740240u | 1u)) << ((lid % (d | 1u)) & 31u)) | (748586u & max(c, a)));
  a = max(min(c, (339313u + gid)), ((625612u << (d & 31u)) & (a / (746694u | 1u))));
  c = (c << ((((c << (d & 31u)) < a) ? (c << (d & 31u)) : (a ^ 0x55u)) & 31u));
  for (int k = 0; k < 5; k++) { if ((d & 7u) == 5u) break; b = ((((793495u * d) / (lid | 1u)) < mul_hi(846513u, rotate(b, 574342u))) ? ((793495u * d) / (lid | 1u)) : (mul_hi(846513u, rotate(b, 574342u)) ^ 0x55u)); }
  g = clamp(sqrt(fabs(clamp(fmin(3.49f, f), -4.0f, 4.0f))), -1000.0f, 1000.0f);
  a ^= convert_uint_sat(fabs((2.61f - ((float)(a & 255u) + (float)(a & 255u)))) * 16.0f);
  switch (((915632u + 355210u) % ((d * 490689u) | 1u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 241u; /* falls through */ case 2: c = max((lid * 604303u), (uint)(((int)(d & 0xffffu) - (int)(661748u & 0xffffu)) / 3)); break; default: c = rotate(c, 3u); }
  b = mul_hi(((c ^ c) | (d ^ d)), d);
  c = mul_hi((lid + (a | lid)), (max(343549u, c) % (lid | 1u)));
  p[(gid + 3u) & 7u] = min((154687u + gid), 576542u); b += p[6u & 7u];
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
