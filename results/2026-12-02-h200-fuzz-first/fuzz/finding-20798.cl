struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (mul_hi(((x << (x & 31u)) / ((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) | 1u)), rotate(min(y, x), 592342u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 1u) continue; switch ((rotate(b, 181290u) ^ min(c, 647939u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 418u; /* falls through */ case 2: d = max(min(gid, gid), (lid - 450592u)); break; default: d = rotate(d, 3u); } }
  g = clamp(fmax((1.83f - clamp((float)(a & 255u), -4.0f, 4.0f)), f), -1000.0f, 1000.0f);
  c = (((1034728u >> (lid & 31u)) >> ((c * 619185u) & 31u)) + 651141u);
  d ^= convert_uint_sat(fabs(f) * 16.0f);
  d ^= convert_uint_sat(fabs(2.28f) * 16.0f);
  if ((a + min(gid, b)) < (mul_hi(314344u, d) & (d | d))) { d = h0(((733747u << (c & 31u)) >> (mul_hi(b, a) & 31u)), (rotate(b, lid) & d)); } else { if (mul_hi(a, (a - b)) > (uint)(((int)((d + c) & 0xffffu) - (int)(d & 0xffffu)) / 3)) { a ^= convert_uint_sat(fabs((fmax(f, 0.64f) * ((float)(a & 255u) - (float)(a & 255u)))) * 16.0f); } else { d = max((b - ((gid < gid) ? gid : (gid ^ 0x55u))), min(d, rotate(b, 14533u))); } }
  d = (rotate((b << (a & 31u)), d) >> (((630384u < rotate(c, 291775u)) ? 630384u : (rotate(c, 291775u) ^ 0x55u)) & 31u));
  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 0u) continue; c = h0((((b < 8218u) ? b : (8218u ^ 0x55u)) ^ (d >> (a & 31u))), rotate((390520u / (b | 1u)), ((d < d) ? d : (d ^ 0x55u)))); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
