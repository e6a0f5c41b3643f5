struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((uint)(((int)(mul_hi(y, x) & 0xffffu) - (int)((964027u % (y | 1u)) & 0xffffu)) / 3) / ((((y + y) < mul_hi(340092u, y)) ? (y + y) : (mul_hi(340092u, y) ^ 0x55u)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c ^= convert_uint_sat(fabs((f * f)) * 16.0f);
  g = clamp((fmin(fmax(g, g), ((float)(a & 255u) + g)) * 1.79f), -1000.0f, 1000.0f);
  for (int k = 0; k < 3; k++) { if ((c & 7u) == 5u) break; switch (mul_hi(gid, (gid * gid)) & 3u) { case 0: d += 1u; break; case 1: d ^= 509u; /* falls through */ case 2: d = rotate((lid | d), 90500u); break; default: d = rotate(d, 3u); } }
  switch (min((368848u - lid), (144957u % (d | 1u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 361u; /* falls through */ case 2: c = (rotate(878727u, 206745u) ^ b); break; default: c = rotate(c, 3u); }
  switch (gid & 3u) { case 0: b += 1u; break; case 1: b ^= 476u; /* falls through */ case 2: b = gid; break; default: b = rotate(b, 3u); }
  switch (d & 3u) { case 0: b += 1u; break; case 1: b ^= 370u; /* falls through */ case 2: b = (uint)(((int)(lid & 0xffffu) - (int)(rotate(gid, a) & 0xffffu)) / 3); break; default: b = rotate(b, 3u); }
  switch (min(gid, (214868u % (478512u | 1u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 910u; /* falls through */ case 2: b = ((446495u * 172308u) >> (rotate(d, 942693u) & 31u)); break; default: b = rotate(b, 3u); }
  g = clamp(((sqrt(fabs(g)) * ((float)(a & 255u) * g)) * g), -1000.0f, 1000.0f);
  c = lid;
  d = h0((min(276050u, c) * min(393313u, a)), (d * (gid % (b | 1u))));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
