struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((uint)(((int)(rotate(y, y) & 0xffffu) - (int)(x & 0xffffu)) / 3) + mul_hi(y, (x >> (x & 31u))))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(min((y % (x | 1u)), 274477u) & 0xffffu) - (int)(y & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (mul_hi(y, rotate((898171u + y), (603995u / (x | 1u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[(((lid < 4943u) ? lid : (4943u ^ 0x55u)) + 5u) & 7u] = ((lid - 588222u) + c); b += p[1u & 7u];
  p[((lid >> (d & 31u)) + 2u) & 7u] = (max(c, a) / (lid | 1u)); c += p[3u & 7u];
  f = clamp((sqrt(fabs((f / (fabs((float)(a & 255u)) + 1.0f)))) / (fabs(2.90f) + 1.0f)), -1000.0f, 1000.0f);
  a ^= convert_uint_sat(fabs(fmax((2.68f * g), 2.56f)) * 16.0f);
  if ((min(c, c) - (lid + 717752u)) != min(((gid < 313744u) ? gid : (313744u ^ 0x55u)), max(b, 694879u))) { g = clamp((sqrt(fabs(3.50f)) + ((g + 3.32f) / (fabs(f) + 1.0f))), -1000.0f, 1000.0f); } else { f = clamp((f * (clamp(f, -4.0f, 4.0f) / (fabs((0.31f - 3.7f)) + 1.0f))), -1000.0f, 1000.0f); }
  d = h0(min(338925u, (a << (951333u & 31u))), (rotate(d, gid) & (b >> (d & 31u))));
  d ^= convert_uint_sat(fabs(f) * 16.0f);
  f = clamp(sqrt(fabs((float)(a & 255u))), -1000.0f, 1000.0f);
  if ((d * (c * gid)) != ((a & c) / ((a & c) | 1u))) { g = clamp(fmax((fmin(f, 3.38f) / (fabs(g) + 1.0f)), fmax(sqrt(fabs(g)), fmin((float)(a & 255u), f))), -1000.0f, 1000.0f); } else { d = h0((c % ((162632u * 79809u) | 1u)), ((424887u * lid) << (rotate(d, 26880u) & 31u))); }
  c = 533422u;
  b = h0(((lid ^ d) - (824704u + 1030238u)), ((uint)(((int)(462507u & 0xffffu) - (int)(c & 0xffffu)) / 3) | mul_hi(d, d)));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
