struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((313548u | x) + max(977513u, 337786u)) | mul_hi(x, mul_hi(y, y)))); y ^= x >> 3; x = x * 31u + ((((x << (970430u & 31u)) - (y ^ y)) >> (x & 31u))); y ^= x >> 3; x = x * 31u + (min((rotate(x, x) ^ (y ^ 703794u)), (y - (y >> (x & 31u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((uint)(((int)(((y & y) % (((75184u < 647181u) ? 75184u : (647181u ^ 0x55u)) | 1u)) & 0xffffu) - (int)(((x / (443077u | 1u)) + (738737u << (196844u & 31u))) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  f = clamp(0.82f, -1000.0f, 1000.0f);
  if (((782220u & 193197u) - gid) != max((20323u | gid), 456288u)) { f = clamp(sqrt(fabs((float)(a & 255u))), -1000.0f, 1000.0f); } else { d ^= convert_uint_sat(fabs(fmax((float)(a & 255u), ((float)(a & 255u) / (fabs((float)(a & 255u)) + 1.0f)))) * 16.0f); }
  switch (b & 3u) { case 0: d += 1u; break; case 1: d ^= 774u; /* falls through */ case 2: d = (c >> (gid & 31u)); break; default: d = rotate(d, 3u); }
  b = gid;
  switch (1004752u & 3u) { case 0: b += 1u; break; case 1: b ^= 64u; /* falls through */ case 2: b = (uint)(((int)(b & 0xffffu) - (int)(rotate(c, a) & 0xffffu)) / 3); break; default: b = rotate(b, 3u); }
  f = clamp(sqrt(fabs(fmin(fmin(2.97f, g), 1.49f))), -1000.0f, 1000.0f);
  c = ((b & (1036730u ^ b)) ^ ((625507u - b) / (a | 1u)));
  f = clamp(fmin(fmin((g / (fabs(1.64f) + 1.0f)), (f - f)), fmax((g + f), (0.66f * (float)(a & 255u)))), -1000.0f, 1000.0f);
  p[((b - c) + 3u) & 7u] = 528669u; a += p[0u & 7u];
  c = lid;
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 1u) continue; if (c != ((uint)(((int)(b & 0xffffu) - (int)(563232u & 0xffffu)) / 3) % (1025356u | 1u))) { g = clamp(((clamp(f, -4.0f, 4.0f) - clamp((float)(a & 255u), -4.0f, 4.0f)) + fmax(f, ((float)(a & 255u) / (fabs(f) + 1.0f)))), -1000.0f, 1000.0f); } else { g = clamp(sqrt(fabs((((float)(a & 255u) * 2.5f) / (fabs(fmax(f, g)) + 1.0f)))), -1000.0f, 1000.0f); } }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
