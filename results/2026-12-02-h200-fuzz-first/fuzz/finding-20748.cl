struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((y >> (y & 31u)) * y)); y ^= x >> 3; x = x * 31u + (((y < ((uint)(((int)(y & 0xffffu) - (int)(908541u & 0xffffu)) / 3) & (488737u + 213295u))) ? y : (((uint)(((int)(y & 0xffffu) - (int)(908541u & 0xffffu)) / 3) & (488737u + 213295u)) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((((y * 12671u) + (62619u - y)) < (y >> (y & 31u))) ? ((y * 12671u) + (62619u - y)) : ((y >> (y & 31u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((min((85626u >> (475966u & 31u)), ((y < 1010130u) ? y : (1010130u ^ 0x55u))) << ((y + (727702u - x)) & 31u))); y ^= x >> 3; x = x * 31u + (rotate(x, rotate((997175u * x), y))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(rotate(max(y, 900905u), ((x < y) ? x : (y ^ 0x55u))) & 0xffffu) - (int)(((526298u | x) >> ((y | y) & 31u)) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp(0.79f, -1000.0f, 1000.0f);
  b ^= convert_uint_sat(fabs((fmin((float)(a & 255u), g) - fmin((float)(a & 255u), 0.84f))) * 16.0f);
  d = h1(((d / (a | 1u)) * (d >> (a & 31u))), ((((888855u < gid) ? 888855u : (gid ^ 0x55u)) < rotate(gid, c)) ? ((888855u < gid) ? 888855u : (gid ^ 0x55u)) : (rotate(gid, c) ^ 0x55u)));
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 1u) continue; c = (max(c, (a / (259579u | 1u))) | ((gid - b) / ((206090u + gid) | 1u))); }
  if (a != c) { b = (mul_hi((lid / (gid | 1u)), 861562u) * (max(a, d) & (lid / (122880u | 1u)))); } else { d ^= convert_uint_sat(fabs(fmax((1.76f - f), fmax(g, f))) * 16.0f); }
  p[((b << (gid & 31u)) + 0u) & 7u] = ((140162u << (232085u & 31u)) * max(c, d)); b += p[0u & 7u];
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
