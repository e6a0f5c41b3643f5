struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((uint)(((int)((rotate(250557u, x) % (max(333690u, 243490u) | 1u)) & 0xffffu) - (int)((rotate(y, y) % ((y >> (283972u & 31u)) | 1u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (((((y < 91629u) ? y : (91629u ^ 0x55u)) / (x | 1u)) % (((y ^ y) & mul_hi(1021365u, x)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  f = clamp(g, -1000.0f, 1000.0f);
  b = rotate(((b % (a | 1u)) + rotate(969003u, 1022380u)), max(b, lid));
  if ((max(589937u, d) - gid) != ((746828u >> (902571u & 31u)) / (d | 1u))) { switch (((865503u | 243801u) | 515352u) & 3u) { case 0: c += 1u; break; case 1: c ^= 891u; /* falls through */ case 2: c = b; break; default: c = rotate(c, 3u); } } else { if ((d ^ (446837u & 929008u)) < 701600u) { d ^= convert_uint_sat(fabs((fmin(g, f) * fmax((float)(a & 255u), (float)(a & 255u)))) * 16.0f); } else { b ^= convert_uint_sat(fabs(fmax(1.62f, (float)(a & 255u))) * 16.0f); } }
  switch ((d & (213190u / (d | 1u))) & 3u) { case 0: a += 1u; break; case 1: a ^= 849u; /* falls through */ case 2: a = (rotate(lid, 849378u) | (c << (lid & 31u))); break; default: a = rotate(a, 3u); }
  tile[lid] = (rotate(d, gid) - 22766u); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 32u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
