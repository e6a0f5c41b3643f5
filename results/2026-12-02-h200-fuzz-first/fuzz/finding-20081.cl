struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (max(391788u, rotate(y, y))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  f = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  switch (min(mul_hi(gid, 226448u), d) & 3u) { case 0: d += 1u; break; case 1: d ^= 63u; /* falls through */ case 2: d = 689169u; break; default: d = rotate(d, 3u); }
  d = (((b % (d | 1u)) + (gid % (d | 1u))) * ((877310u * a) & mul_hi(477087u, c)));
  d = h0(mul_hi((c - lid), (400792u ^ b)), mul_hi((b % (233875u | 1u)), (a & c)));
  c = (((a < (d << (515936u & 31u))) ? a : ((d << (515936u & 31u)) ^ 0x55u)) | a);
  a = (((d - 993197u) + (b + gid)) % (a | 1u));
  g = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  f = clamp((2.4f / (fabs(((3.76f / (fabs((float)(a & 255u)) + 1.0f)) + (3.76f / (fabs(f) + 1.0f)))) + 1.0f)), -1000.0f, 1000.0f);
  if (min(164782u, c) < (b - max(gid, 668480u))) { a = c; } else { g = clamp((fmin(3.31f, ((float)(a & 255u) / (fabs(f) + 1.0f))) - fmax(fmax((float)(a & 255u), f), ((float)(a & 255u) * g))), -1000.0f, 1000.0f); }
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
