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
  g = clamp(3.70f, -1000.0f, 1000.0f);
  switch ((uint)(((int)((uint)(((int)(lid & 0xffffu) - (int)(1014764u & 0xffffu)) / 3) & 0xffffu) - (int)((537850u * 786026u) & 0xffffu)) / 3) & 3u) { case 0: a += 1u; break; case 1: a ^= 503u; /* falls through */ case 2: a = ((323111u % (gid | 1u)) >> (min(68934u, gid) & 31u)); break; default: a = rotate(a, 3u); }
  b = ((lid << (rotate(gid, a) & 31u)) / (max(((d < lid) ? d : (lid ^ 0x55u)), (a * 977573u)) | 1u));
  a = 250428u;
  a = (rotate((1015555u % (c | 1u)), rotate(246219u, 955527u)) | (gid / (126657u | 1u)));
  tile[lid] = (((a < a) ? a : (a ^ 0x55u)) & (568355u >> (c & 31u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 28u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
