struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((y + (y * y)) * ((y << (y & 31u)) & (1000001u % (136852u | 1u))))); y ^= x >> 3; x = x * 31u + (max((x << (x & 31u)), ((x << (x & 31u)) / ((x / (y | 1u)) | 1u)))); y ^= x >> 3; x = x * 31u + (mul_hi(min((x & 400148u), 754480u), ((x >> (954112u & 31u)) & x))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch ((582297u & (585207u * b)) & 3u) { case 0: d += 1u; break; case 1: d ^= 709u; /* falls through */ case 2: d = ((uint)(((int)(532677u & 0xffffu) - (int)(480945u & 0xffffu)) / 3) - rotate(433189u, b)); break; default: d = rotate(d, 3u); }
  g = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  d = h0(b, ((d & 584860u) % ((gid >> (b & 31u)) | 1u)));
  c = rotate(351421u, ((469515u + a) - (gid & b)));
  if (mul_hi((lid & b), 675653u) != a) { switch (mul_hi((gid & d), (793243u - b)) & 3u) { case 0: d += 1u; break; case 1: d ^= 523u; /* falls through */ case 2: d = (mul_hi(156766u, d) - d); break; default: d = rotate(d, 3u); } } else { d ^= convert_uint_sat(fabs((fmax(f, f) + f)) * 16.0f); }
  c = (mul_hi(258763u, (d >> (c & 31u))) + mul_hi(c, (265499u >> (d & 31u))));
  switch (b & 3u) { case 0: b += 1u; break; case 1: b ^= 526u; /* falls through */ case 2: b = (rotate(d, 644798u) | mul_hi(b, gid)); break; default: b = rotate(b, 3u); }
  switch (lid & 3u) { case 0: c += 1u; break; case 1: c ^= 967u; /* falls through */ case 2: c = gid; break; default: c = rotate(c, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
