struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((min(mul_hi(x, 1030547u), (240951u + y)) + (((y < 472387u) ? y : (472387u ^ 0x55u)) ^ (x + y)))); y ^= x >> 3; x = x * 31u + (72668u); y ^= x >> 3; x = x * 31u + ((((y + y) + y) >> ((x / ((734658u + x) | 1u)) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = 649523u;
  p[(max(a, a) + 7u) & 7u] = (mul_hi(20765u, gid) - min(lid, gid)); d += p[0u & 7u];
  if (min(mul_hi(464848u, 459887u), 781165u) != ((d < (699324u + d)) ? d : ((699324u + d) ^ 0x55u))) { b = min(min(b, 1023964u), (uint)(((int)((d % (c | 1u)) & 0xffffu) - (int)((98745u ^ b) & 0xffffu)) / 3)); } else { switch (a & 3u) { case 0: a += 1u; break; case 1: a ^= 592u; /* falls through */ case 2: a = (uint)(((int)(79857u & 0xffffu) - (int)(((c < lid) ? c : (lid ^ 0x55u)) & 0xffffu)) / 3); break; default: a = rotate(a, 3u); } }
  if (min(423369u, (gid * d)) != lid) { d = h0(((uint)(((int)(883839u & 0xffffu) - (int)(lid & 0xffffu)) / 3) / ((a + c) | 1u)), ((gid < (c % (348020u | 1u))) ? gid : ((c % (348020u | 1u)) ^ 0x55u))); } else { g = clamp((((float)(a & 255u) - g) * ((f / (fabs((float)(a & 255u)) + 1.0f)) - g)), -1000.0f, 1000.0f); }
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 0u) continue; f = clamp(((float)(a & 255u) / (fabs(f) + 1.0f)), -1000.0f, 1000.0f); }
  b = mul_hi(lid, c);
  g = clamp(g, -1000.0f, 1000.0f);
  f = clamp(sqrt(fabs(fmin((f / (fabs(g) + 1.0f)), clamp((float)(a & 255u), -4.0f, 4.0f)))), -1000.0f, 1000.0f);
  p[(mul_hi(gid, d) + 3u) & 7u] = ((524048u ^ c) ^ (859593u << (b & 31u))); c += p[0u & 7u];
  atomic_add(&acc[1u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
