struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((uint)(((int)((y * mul_hi(489793u, x)) & 0xffffu) - (int)((rotate(652571u, y) - (83456u * 961281u)) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = h0(mul_hi((a + b), rotate(lid, b)), (rotate(gid, b) - (88020u >> (718440u & 31u))));
  for (int k = 0; k < 1; k++) { if ((a & 7u) == 0u) break; f = clamp(f, -1000.0f, 1000.0f); }
  if (max((uint)(((int)(gid & 0xffffu) - (int)(c & 0xffffu)) / 3), max(733147u, d)) > ((c ^ lid) * rotate(b, 896759u))) { g = clamp(0.78f, -1000.0f, 1000.0f); } else { d = h0((672108u % ((70091u << (a & 31u)) | 1u)), lid); }
  g = clamp(((f + ((float)(a & 255u) - f)) / (fabs(f) + 1.0f)), -1000.0f, 1000.0f);
  d = ((((657234u << (d & 31u)) | (a % (b | 1u))) < (mul_hi(581527u, gid) - (gid << (gid & 31u)))) ? ((657234u << (d & 31u)) | (a % (b | 1u))) : ((mul_hi(581527u, gid) - (gid << (gid & 31u))) ^ 0x55u));
  for (int k = 0; k < 4; k++) { if ((c & 7u) == 7u) break; c ^= convert_uint_sat(fabs(((f * g) + g)) * 16.0f); }
  b ^= convert_uint_sat(fabs(fmin(fmax((float)(a & 255u), g), fmax(f, g))) * 16.0f);
  if ((gid / (d | 1u)) == ((b >> (lid & 31u)) / (max(b, 976877u) | 1u))) { for (int k = 0; k < 2; k++) { if ((a & 7u) == 6u) break; b = d; } } else { b = gid; }
  a = h0(mul_hi((c & lid), (c | 287856u)), a);
  for (int k = 0; k < 4; k++) {  for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 0u) continue; p[((gid & d) + 3u) & 7u] = ((130264u << (231149u & 31u)) << (((lid < gid) ? lid : (gid ^ 0x55u)) & 31u)); a += p[7u & 7u]; } }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
