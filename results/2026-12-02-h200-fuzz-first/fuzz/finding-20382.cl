struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((y >> (497897u & 31u)) << (x & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d ^= convert_uint_sat(fabs((fmin(f, g) / (fabs(clamp((float)(a & 255u), -4.0f, 4.0f)) + 1.0f))) * 16.0f);
  a = (mul_hi((384447u << (c & 31u)), ((d < c) ? d : (c ^ 0x55u))) ^ ((a >> (651446u & 31u)) % (((247809u < a) ? 247809u : (a ^ 0x55u)) | 1u)));
  b ^= convert_uint_sat(fabs(fmax(g, fmin(g, g))) * 16.0f);
  c = (((b - lid) - (a - a)) - a);
  p[(min(a, lid) + 2u) & 7u] = ((d < 849954u) ? d : (849954u ^ 0x55u)); d += p[5u & 7u];
  p[((b * lid) + 6u) & 7u] = (uint)(((int)((b & gid) & 0xffffu) - (int)((c & lid) & 0xffffu)) / 3); c += p[7u & 7u];
  switch (d & 3u) { case 0: b += 1u; break; case 1: b ^= 162u; /* falls through */ case 2: b = mul_hi(c, (gid | c)); break; default: b = rotate(b, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
