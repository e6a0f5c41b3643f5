struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((x ^ min((uint)(((int)(489483u & 0xffffu) - (int)(x & 0xffffu)) / 3), 696637u))); y ^= x >> 3; x = x * 31u + ((((y - y) & (y % (973569u | 1u))) ^ 67376u)); y ^= x >> 3; x = x * 31u + (((y ^ y) % (((x & y) / (min(y, y) | 1u)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a ^= convert_uint_sat(fabs(((0.37f * 1.6f) * (float)(a & 255u))) * 16.0f);
  switch (max(rotate(a, d), c) & 3u) { case 0: d += 1u; break; case 1: d ^= 952u; /* falls through */ case 2: d = ((gid ^ c) ^ max(384741u, c)); break; default: d = rotate(d, 3u); }
  if (lid > ((d | 352007u) + (b - 409836u))) { switch ((lid ^ (uint)(((int)(d & 0xffffu) - (int)(502073u & 0xffffu)) / 3)) & 3u) { case 0: d += 1u; break; case 1: d ^= 836u; /* falls through */ case 2: d = (min(782225u, 223175u) | min(b, c)); break; default: d = rotate(d, 3u); } } else { b ^= convert_uint_sat(fabs(fmin(fmax(f, (float)(a & 255u)), sqrt(fabs(g)))) * 16.0f); }
  a = (uint)(((int)((((a < b) ? a : (b ^ 0x55u)) ^ (d | c)) & 0xffffu) - (int)(((b + 715466u) % (max(a, a) | 1u)) & 0xffffu)) / 3);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
