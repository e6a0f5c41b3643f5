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
  f = clamp(fmin((g + (g - g)), ((f - (float)(a & 255u)) / (fabs((2.62f + f)) + 1.0f))), -1000.0f, 1000.0f);
  p[((489243u | 60887u) + 5u) & 7u] = 898991u; a += p[1u & 7u];
  for (int k = 0; k < 6; k++) {  f = clamp(clamp(sqrt(fabs((f / (fabs(g) + 1.0f)))), -4.0f, 4.0f), -1000.0f, 1000.0f); }
  if (281094u != (((151944u | 128546u) < (b ^ 254126u)) ? (151944u | 128546u) : ((b ^ 254126u) ^ 0x55u))) { switch (gid & 3u) { case 0: d += 1u; break; case 1: d ^= 531u; /* falls through */ case 2: d = ((680724u << (615630u & 31u)) >> ((d * a) & 31u)); break; default: d = rotate(d, 3u); } } else { d = ((d & lid) + mul_hi(rotate(943651u, 625924u), (d + lid))); }
  tile[lid] = mul_hi((73196u % (a | 1u)), (lid ^ a)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 28u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
