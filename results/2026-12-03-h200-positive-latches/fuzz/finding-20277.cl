struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (351375u); y ^= x >> 3; x = x * 31u + (mul_hi(105671u, y)); y ^= x >> 3; x = x * 31u + (mul_hi(((x ^ y) | (y - y)), min(((y < x) ? y : (x ^ 0x55u)), mul_hi(x, y)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = 587239u;
  p[(mul_hi(d, lid) + 2u) & 7u] = (349607u << ((46679u >> (864520u & 31u)) & 31u)); c += p[0u & 7u];
  if (432277u < ((308345u % (gid | 1u)) ^ (483063u / (798058u | 1u)))) { switch (b & 3u) { case 0: c += 1u; break; case 1: c ^= 666u; /* falls through */ case 2: c = mul_hi((401469u + 379701u), ((b < lid) ? b : (lid ^ 0x55u))); break; default: c = rotate(c, 3u); } } else { if (a < ((uint)(((int)(150275u & 0xffffu) - (int)(a & 0xffffu)) / 3) * (gid * b))) { a = (((uint)(((int)(lid & 0xffffu) - (int)(d & 0xffffu)) / 3) & gid) ^ mul_hi(c, (130483u | 707970u))); } else { p[(a + 2u) & 7u] = 508203u; b += p[2u & 7u]; } }
  g = clamp((f * g), -1000.0f, 1000.0f);
  switch ((185737u & (uint)(((int)(c & 0xffffu) - (int)(gid & 0xffffu)) / 3)) & 3u) { case 0: a += 1u; break; case 1: a ^= 639u; /* falls through */ case 2: a = ((b % (a | 1u)) ^ gid); break; default: a = rotate(a, 3u); }
  if ((d | (c | gid)) == (b & b)) { d = h0(d, a); } else { p[((183635u & c) + 2u) & 7u] = 678261u; a += p[0u & 7u]; }
  for (int k = 0; k < 3; k++) {  p[((903905u << (741027u & 31u)) + 1u) & 7u] = (580643u ^ max(gid, 849438u)); d += p[1u & 7u]; }
  f = clamp(((sqrt(fabs((float)(a & 255u))) - ((float)(a & 255u) / (fabs(f) + 1.0f))) + (float)(a & 255u)), -1000.0f, 1000.0f);
  c = h0((min(17871u, lid) << ((uint)(((int)(gid & 0xffffu) - (int)(136246u & 0xffffu)) / 3) & 31u)), b);
  tile[lid] = (rotate(d, gid) % ((241172u + 181445u) | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 9u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
