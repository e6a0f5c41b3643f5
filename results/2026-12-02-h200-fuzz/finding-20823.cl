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
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 1u) continue; for (int k = 0; k < 6; k++) { if ((a & 7u) == 3u) break; f = clamp(((sqrt(fabs((float)(a & 255u))) * 2.59f) / (fabs(g) + 1.0f)), -1000.0f, 1000.0f); } }
  switch (((d / (gid | 1u)) * (a % (844029u | 1u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 638u; /* falls through */ case 2: b = ((594865u | 947664u) * 708061u); break; default: b = rotate(b, 3u); }
  f = clamp(fmin(g, (2.89f / (fabs(fmin(0.22f, g)) + 1.0f))), -1000.0f, 1000.0f);
  p[((c | 131103u) + 7u) & 7u] = mul_hi((lid >> (c & 31u)), lid); c += p[0u & 7u];
  d = (lid + ((mul_hi(370875u, lid) < a) ? mul_hi(370875u, lid) : (a ^ 0x55u)));
  switch (min(mul_hi(b, gid), (628410u & c)) & 3u) { case 0: a += 1u; break; case 1: a ^= 560u; /* falls through */ case 2: a = ((989274u << (lid & 31u)) / ((uint)(((int)(gid & 0xffffu) - (int)(c & 0xffffu)) / 3) | 1u)); break; default: a = rotate(a, 3u); }
  b = (((d >> (lid & 31u)) | a) * (((gid & lid) < 513093u) ? (gid & lid) : (513093u ^ 0x55u)));
  switch (964884u & 3u) { case 0: b += 1u; break; case 1: b ^= 290u; /* falls through */ case 2: b = rotate(gid, 724640u); break; default: b = rotate(b, 3u); }
  switch (gid & 3u) { case 0: c += 1u; break; case 1: c ^= 952u; /* falls through */ case 2: c = (gid % ((gid + 620654u) | 1u)); break; default: c = rotate(c, 3u); }
  tile[lid] = (c * (591450u * 520794u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 6u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
