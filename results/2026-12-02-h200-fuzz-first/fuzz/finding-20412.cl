struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((max((y | 872325u), 1018832u) & x)); y ^= x >> 3; x = x * 31u + (((rotate(258541u, y) - mul_hi(x, 960602u)) << (56860u & 31u))); y ^= x >> 3; x = x * 31u + ((((x ^ 279805u) & (x / (y | 1u))) / (((uint)(((int)(879382u & 0xffffu) - (int)(y & 0xffffu)) / 3) - (y + x)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((567889u - min(((y < y) ? y : (y ^ 0x55u)), 237735u))); y ^= x >> 3; x = x * 31u + (((x << ((x - y) & 31u)) * ((y - 239280u) * max(y, 20824u)))); y ^= x >> 3; x = x * 31u + (((rotate(563044u, x) << (x & 31u)) << (((x << (y & 31u)) + (216475u + y)) & 31u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = a;
  c = ((min(a, c) ^ 956895u) - (mul_hi(gid, a) & (gid << (1032685u & 31u))));
  f = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  for (int k = 0; k < 2; k++) { if ((d & 7u) == 5u) break; d = rotate(gid, ((987673u << (lid & 31u)) % ((d - a) | 1u))); }
  f = clamp(fmin((float)(a & 255u), (0.94f * sqrt(fabs((float)(a & 255u))))), -1000.0f, 1000.0f);
  if (d > rotate(max(281974u, lid), (lid + 1041582u))) { b = (((918602u & 352343u) ^ (668206u * b)) % ((max(a, d) * (c * 629143u)) | 1u)); } else { b = h1(((d << (lid & 31u)) + max(776947u, c)), 28952u); }
  g = clamp(3.14f, -1000.0f, 1000.0f);
  a = h0((106195u << ((a & 155691u) & 31u)), mul_hi((c ^ 610161u), (881421u / (b | 1u))));
  g = clamp((clamp((2.53f + 3.78f), -4.0f, 4.0f) - clamp((f + g), -4.0f, 4.0f)), -1000.0f, 1000.0f);
  if (lid > b) { p[((467154u - 376304u) + 4u) & 7u] = 432442u; d += p[7u & 7u]; } else { for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 0u) continue; f = clamp(g, -1000.0f, 1000.0f); } }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
