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
  d ^= convert_uint_sat(fabs(1.78f) * 16.0f);
  c = (rotate((b ^ 927212u), (298280u * c)) + mul_hi(rotate(47031u, 763658u), 1021544u));
  c ^= convert_uint_sat(fabs(sqrt(fabs(g))) * 16.0f);
  c ^= convert_uint_sat(fabs(f) * 16.0f);
  for (int k = 0; k < 3; k++) {  switch (((a - 388843u) & 459841u) & 3u) { case 0: d += 1u; break; case 1: d ^= 840u; /* falls through */ case 2: d = ((b / (gid | 1u)) + mul_hi(d, 919264u)); break; default: d = rotate(d, 3u); } }
  switch (((929089u % (1032695u | 1u)) % ((b << (gid & 31u)) | 1u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 507u; /* falls through */ case 2: b = max((lid & 353502u), a); break; default: b = rotate(b, 3u); }
  f = clamp(fmax(fmin(fmin(3.83f, (float)(a & 255u)), (g - f)), sqrt(fabs(3.67f))), -1000.0f, 1000.0f);
  a ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  switch (((lid + 582641u) * (772531u & gid)) & 3u) { case 0: b += 1u; break; case 1: b ^= 864u; /* falls through */ case 2: b = ((b ^ b) & 139801u); break; default: b = rotate(b, 3u); }
  d = (((d < (uint)(((int)(lid & 0xffffu) - (int)(812333u & 0xffffu)) / 3)) ? d : ((uint)(((int)(lid & 0xffffu) - (int)(812333u & 0xffffu)) / 3) ^ 0x55u)) - ((lid >> (502462u & 31u)) % ((b >> (a & 31u)) | 1u)));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
