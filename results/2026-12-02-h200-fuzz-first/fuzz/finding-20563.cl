struct pair { uint u; float f; };
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
  for (int k = 0; k < 5; k++) { if ((c & 7u) == 3u) break; c = (102503u / (((mul_hi(c, b) < c) ? mul_hi(c, b) : (c ^ 0x55u)) | 1u)); }
  for (int k = 0; k < 3; k++) { if ((d & 7u) == 4u) break; switch (((a < (b + lid)) ? a : ((b + lid) ^ 0x55u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 113u; /* falls through */ case 2: b = mul_hi(max(a, b), 161548u); break; default: b = rotate(b, 3u); } }
  for (int k = 0; k < 5; k++) {  if (371619u == 831669u) { p[(max(213090u, 323957u) + 4u) & 7u] = 334435u; d += p[2u & 7u]; } else { c = (rotate((lid ^ b), lid) / (((a * gid) - (gid >> (lid & 31u))) | 1u)); } }
  for (int k = 0; k < 3; k++) { if ((a & 7u) == 2u) break; p[((uint)(((int)(b & 0xffffu) - (int)(75841u & 0xffffu)) / 3) + 1u) & 7u] = (rotate(a, a) ^ (gid * 422848u)); a += p[7u & 7u]; }
  tile[lid] = (rotate(a, 933951u) * d); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 29u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
