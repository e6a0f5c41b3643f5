struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (mul_hi(837653u, mul_hi(min(y, x), rotate(y, 96083u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
__kernel void fuzz(__global uint *out, __global const uint *in, __global float *fout,
                   __global const float *fin, __global uint *acc,
                   __global const struct pair *pairs) {
  uint gid = get_global_id(0), lid = get_local_id(0);
  __local uint tile[64];
  __local struct pair lpair[64];
  uint p[8];
  for (int k = 0; k < 8; k++) p[k] = in[(gid + (uint)k) % 256u];
  uint a = in[gid], b = in[(gid * 7u + 3u) % 256u], c = gid, d = lid;
  float f = fin[gid], g = fin[(gid + 1u) % 256u];
  switch (a & 3u) { case 0: c += 1u; break; case 1: c ^= 145u; /* falls through */ case 2: c = max(435653u, ((b < lid) ? b : (lid ^ 0x55u))); break; default: c = rotate(c, 3u); }
  if ((mul_hi(gid, 144858u) << ((d & d) & 31u)) > ((d >> (318769u & 31u)) + b)) { if (((lid ^ 133947u) >> ((lid + a) & 31u)) != 701070u) { g = clamp(clamp(sqrt(fabs((float)(a & 255u))), -4.0f, 4.0f), -1000.0f, 1000.0f); } else { b = (((b < 574269u) ? b : (574269u ^ 0x55u)) ^ mul_hi((d % (lid | 1u)), (555578u | 382498u))); } } else { switch (((d | 966360u) / ((328506u / (1033145u | 1u)) | 1u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 874u; /* falls through */ case 2: a = gid; break; default: a = rotate(a, 3u); } }
  b = h0(min((949093u << (724643u & 31u)), 865482u), (b % ((uint)(((int)(c & 0xffffu) - (int)(gid & 0xffffu)) / 3) | 1u)));
  c = ((728434u * 393029u) & mul_hi(min(c, a), (a * gid)));
  a = (((c * 14026u) - (b * d)) % ((((lid < a) ? lid : (a ^ 0x55u)) | (lid ^ lid)) | 1u));
  for (int k = 0; k < 1; k++) { if ((b & 7u) == 1u) break; switch (815293u & 3u) { case 0: b += 1u; break; case 1: b ^= 61u; /* falls through */ case 2: b = (11357u << ((d / (c | 1u)) & 31u)); break; default: b = rotate(b, 3u); } }
  g = clamp(fmax(fmax(g, (f / (fabs(g) + 1.0f))), g), -1000.0f, 1000.0f);
  if (lid < ((d < max(598955u, b)) ? d : (max(598955u, b) ^ 0x55u))) { d = 977812u; } else { a = rotate(((a ^ a) & a), ((a >> (d & 31u)) << ((d >> (gid & 31u)) & 31u))); }
  f = clamp(fmin(g, f), -1000.0f, 1000.0f);
  d = (((972777u - 911694u) % ((502047u / (a | 1u)) | 1u)) >> (lid & 31u));
  tile[lid] = ((lid * a) % (d | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 63u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
