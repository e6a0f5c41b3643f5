struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((min(36953u, (x ^ x)) >> ((((y + x) < x) ? (y + x) : (x ^ 0x55u)) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  f = clamp(fmin((clamp((float)(a & 255u), -4.0f, 4.0f) * clamp((float)(a & 255u), -4.0f, 4.0f)), fmin(fmax(f, (float)(a & 255u)), ((float)(a & 255u) + 3.25f))), -1000.0f, 1000.0f);
  a = ((249265u + (b >> (712067u & 31u))) & (644851u >> (c & 31u)));
  switch (((uint)(((int)(d & 0xffffu) - (int)(984631u & 0xffffu)) / 3) & a) & 3u) { case 0: d += 1u; break; case 1: d ^= 307u; /* falls through */ case 2: d = c; break; default: d = rotate(d, 3u); }
  f = clamp(f, -1000.0f, 1000.0f);
  a ^= convert_uint_sat(fabs(g) * 16.0f);
  b = max((lid & (686486u & gid)), ((d + b) + c));
  if ((((480475u < gid) ? 480475u : (gid ^ 0x55u)) / ((b >> (a & 31u)) | 1u)) != min((gid * lid), (a | c))) { a ^= convert_uint_sat(fabs((sqrt(fabs(3.36f)) - sqrt(fabs(g)))) * 16.0f); } else { a = (((a < 707255u) ? a : (707255u ^ 0x55u)) - ((533243u ^ a) ^ c)); }
  for (int k = 0; k < 4; k++) { if ((a & 7u) == 0u) break; f = clamp(((sqrt(fabs(f)) / (fabs(fmin(f, g)) + 1.0f)) * sqrt(fabs(sqrt(fabs(0.37f))))), -1000.0f, 1000.0f); }
  if (b == ((477687u + 713616u) % ((d / (gid | 1u)) | 1u))) { d = (((588603u * lid) ^ b) << (rotate(((d < c) ? d : (c ^ 0x55u)), mul_hi(a, gid)) & 31u)); } else { for (int k = 0; k < 6; k++) {  p[(min(b, 326830u) + 1u) & 7u] = (139739u + (a - 955494u)); a += p[3u & 7u]; } }
  a = h0(mul_hi((770521u ^ b), (d << (gid & 31u))), b);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
