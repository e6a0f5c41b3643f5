struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((940736u << ((543353u * x) & 31u)) - ((x >> (x & 31u)) | max(x, y)))); y ^= x >> 3; x = x * 31u + ((y + (y << ((x - x) & 31u)))); y ^= x >> 3; x = x * 31u + (626346u); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((x % (((y < y) ? y : (y ^ 0x55u)) | 1u)) << (y & 31u))); y ^= x >> 3; x = x * 31u + (((x * (y * x)) & (((y < 919468u) ? y : (919468u ^ 0x55u)) << ((1021470u >> (y & 31u)) & 31u)))); y ^= x >> 3; x = x * 31u + (rotate(((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3) | (x & y)), 19327u)); y ^= x >> 3; x = x * 31u + (((uint)(((int)(min(x, 379493u) & 0xffffu) - (int)((y - y) & 0xffffu)) / 3) >> (((x / (835884u | 1u)) - (780727u ^ 761667u)) & 31u))); y ^= x >> 3; x = x * 31u + (((uint)(((int)((x << (x & 31u)) & 0xffffu) - (int)(max(y, 887916u) & 0xffffu)) / 3) - ((y + x) >> ((x - y) & 31u)))); y ^= x >> 3; x = x * 31u + (min(((938283u ^ y) - (582760u & x)), (mul_hi(y, y) ^ (x % (y | 1u))))); y ^= x >> 3; x = x * 31u + (((x % ((y & 323519u) | 1u)) << (((x - 89494u) % ((x & x) | 1u)) & 31u))); y ^= x >> 3; x = x * 31u + (((rotate(536502u, 365481u) / ((x * x) | 1u)) * (x | (y >> (x & 31u))))); y ^= x >> 3; x = x * 31u + ((uint)(((int)((y >> ((x * x) & 31u)) & 0xffffu) - (int)((x % ((35188u ^ y) | 1u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (((y - y) & (((y & y) < max(906194u, y)) ? (y & y) : (max(906194u, y) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + (mul_hi(rotate(max(y, y), min(y, y)), (381366u ^ (x / (y | 1u))))); y ^= x >> 3; x = x * 31u + (((mul_hi(y, (102330u << (693715u & 31u))) < (y / (((x < 41092u) ? x : (41092u ^ 0x55u)) | 1u))) ? mul_hi(y, (102330u << (693715u & 31u))) : ((y / (((x < 41092u) ? x : (41092u ^ 0x55u)) | 1u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (((((x % (x | 1u)) < (672678u | 713884u)) ? (x % (x | 1u)) : ((672678u | 713884u) ^ 0x55u)) * mul_hi((x % (x | 1u)), y))); y ^= x >> 3; x = x * 31u + ((rotate((x ^ 913379u), (x | y)) + y)); y ^= x >> 3; x = x * 31u + (((min(y, (371555u >> (y & 31u))) < 632734u) ? min(y, (371555u >> (y & 31u))) : (632734u ^ 0x55u))); y ^= x >> 3; x = x * 31u + (max(rotate((x & 787699u), (810961u << (x & 31u))), max((y & 999811u), (322093u * 220937u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = (((c + gid) ^ (d / (c | 1u))) >> (((max(567499u, 200697u) < ((49512u < c) ? 49512u : (c ^ 0x55u))) ? max(567499u, 200697u) : (((49512u < c) ? 49512u : (c ^ 0x55u)) ^ 0x55u)) & 31u));
  c = (((517808u / (282856u | 1u)) * max(lid, 133889u)) % (849823u | 1u));
  d = (uint)(((int)(min(lid, (lid >> (128313u & 31u))) & 0xffffu) - (int)(max(733035u, (gid / (lid | 1u))) & 0xffffu)) / 3);
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 1u) continue; f = clamp((f / (fabs(((g + f) + clamp(f, -4.0f, 4.0f))) + 1.0f)), -1000.0f, 1000.0f); }
  d = min(268884u, a);
  d ^= convert_uint_sat(fabs(fmin(f, sqrt(fabs((float)(a & 255u))))) * 16.0f);
  for (int k = 0; k < 3; k++) {  c = (d | min(54337u, (1032344u - gid))); }
  switch (242843u & 3u) { case 0: a += 1u; break; case 1: a ^= 788u; /* falls through */ case 2: a = b; break; default: a = rotate(a, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
