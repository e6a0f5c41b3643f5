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
  g = clamp(g, -1000.0f, 1000.0f);
  d = ((mul_hi(b, 913419u) % (((b < 379844u) ? b : (379844u ^ 0x55u)) | 1u)) - (uint)(((int)((uint)(((int)(d & 0xffffu) - (int)(339555u & 0xffffu)) / 3) & 0xffffu) - (int)(rotate(d, lid) & 0xffffu)) / 3));
  switch ((((d << (gid & 31u)) < (gid + 496574u)) ? (d << (gid & 31u)) : ((gid + 496574u) ^ 0x55u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 44u; /* falls through */ case 2: a = (min(d, 1013337u) | (lid % (lid | 1u))); break; default: a = rotate(a, 3u); }
  p[((45205u % (b | 1u)) + 4u) & 7u] = b; a += p[3u & 7u];
  for (int k = 0; k < 4; k++) { if ((d & 7u) == 3u) break; if (((595857u + a) * (b % (gid | 1u))) > (477218u | ((lid < 349765u) ? lid : (349765u ^ 0x55u)))) { p[((lid >> (d & 31u)) + 2u) & 7u] = (((gid | gid) < (a % (918876u | 1u))) ? (gid | gid) : ((a % (918876u | 1u)) ^ 0x55u)); b += p[2u & 7u]; } else { p[(b + 5u) & 7u] = ((1036294u & 630783u) / (((d < 166735u) ? d : (166735u ^ 0x55u)) | 1u)); c += p[0u & 7u]; } }
  g = clamp((f + fmax((float)(a & 255u), fmin(3.98f, f))), -1000.0f, 1000.0f);
  b = ((((lid / (633167u | 1u)) ^ (c - b)) < 965091u) ? ((lid / (633167u | 1u)) ^ (c - b)) : (965091u ^ 0x55u));
  p[((542681u >> (lid & 31u)) + 1u) & 7u] = ((c + gid) + ((b < lid) ? b : (lid ^ 0x55u))); a += p[6u & 7u];
  switch (((d & d) << (a & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 146u; /* falls through */ case 2: a = c; break; default: a = rotate(a, 3u); }
  f = clamp(clamp(g, -4.0f, 4.0f), -1000.0f, 1000.0f);
  tile[lid] = mul_hi((lid * 649768u), (lid % (d | 1u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 23u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[2u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
