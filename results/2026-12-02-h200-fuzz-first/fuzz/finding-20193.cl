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
  if (((gid * a) | min(71511u, 689525u)) < ((545344u | 874922u) << (d & 31u))) { p[((gid << (c & 31u)) + 1u) & 7u] = ((891832u >> (420290u & 31u)) * (c ^ a)); b += p[1u & 7u]; } else { p[(894009u + 6u) & 7u] = ((b ^ 560348u) * b); a += p[1u & 7u]; }
  p[((b * c) + 7u) & 7u] = min(min(gid, 474438u), 696946u); b += p[5u & 7u];
  switch ((177710u ^ gid) & 3u) { case 0: b += 1u; break; case 1: b ^= 896u; /* falls through */ case 2: b = min(839907u, ((d < a) ? d : (a ^ 0x55u))); break; default: b = rotate(b, 3u); }
  switch (rotate(656462u, (275791u & c)) & 3u) { case 0: c += 1u; break; case 1: c ^= 165u; /* falls through */ case 2: c = ((a / (881365u | 1u)) / ((uint)(((int)(gid & 0xffffu) - (int)(197590u & 0xffffu)) / 3) | 1u)); break; default: c = rotate(c, 3u); }
  if ((((a < 263319u) ? a : (263319u ^ 0x55u)) >> (b & 31u)) == 873189u) { d ^= convert_uint_sat(fabs(clamp(((float)(a & 255u) + 0.24f), -4.0f, 4.0f)) * 16.0f); } else { b = (uint)(((int)(gid & 0xffffu) - (int)(max((lid | a), (208827u & 776282u)) & 0xffffu)) / 3); }
  tile[lid] = (((gid + gid) < max(a, b)) ? (gid + gid) : (max(a, b) ^ 0x55u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 24u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
