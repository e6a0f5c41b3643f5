struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (max(((y / (894536u | 1u)) << (x & 31u)), (80253u * y))); y ^= x >> 3; x = x * 31u + (rotate(y, mul_hi(x, (x * x)))); y ^= x >> 3; x = x * 31u + (max(((x ^ x) & ((y < 773248u) ? y : (773248u ^ 0x55u))), ((x ^ x) + (x / (x | 1u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch ((uint)(((int)(b & 0xffffu) - (int)(780437u & 0xffffu)) / 3) & 3u) { case 0: d += 1u; break; case 1: d ^= 12u; /* falls through */ case 2: d = ((uint)(((int)(265114u & 0xffffu) - (int)(729490u & 0xffffu)) / 3) + (d << (a & 31u))); break; default: d = rotate(d, 3u); }
  b = h0(((a / (b | 1u)) << (516618u & 31u)), (max(529854u, a) & mul_hi(d, lid)));
  if ((46295u - 524063u) == 918403u) { g = clamp(sqrt(fabs((sqrt(fabs(0.50f)) - clamp((float)(a & 255u), -4.0f, 4.0f)))), -1000.0f, 1000.0f); } else { switch (303987u & 3u) { case 0: d += 1u; break; case 1: d ^= 657u; /* falls through */ case 2: d = 791323u; break; default: d = rotate(d, 3u); } }
  g = clamp(fmin((clamp((float)(a & 255u), -4.0f, 4.0f) + (f + (float)(a & 255u))), (f * 0.13f)), -1000.0f, 1000.0f);
  b = ((mul_hi(c, gid) & c) + 158940u);
  g = clamp(sqrt(fabs((fmin(g, 0.7f) - g))), -1000.0f, 1000.0f);
  b = h0(gid, 475573u);
  g = clamp(g, -1000.0f, 1000.0f);
  switch ((uint)(((int)(rotate(lid, b) & 0xffffu) - (int)((gid % (lid | 1u)) & 0xffffu)) / 3) & 3u) { case 0: c += 1u; break; case 1: c ^= 880u; /* falls through */ case 2: c = ((817167u / (c | 1u)) | rotate(715006u, a)); break; default: c = rotate(c, 3u); }
  p[((418714u - b) + 7u) & 7u] = (((b < a) ? b : (a ^ 0x55u)) - (gid & 838373u)); c += p[1u & 7u];
  tile[lid] = 913250u; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 60u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
