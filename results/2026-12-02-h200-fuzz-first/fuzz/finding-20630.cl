struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((42533u | 12788u) ^ ((x & 154823u) ^ (x - y)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 6; k++) { if ((d & 7u) == 6u) break; g = clamp(((fmax(0.27f, (float)(a & 255u)) / (fabs(clamp((float)(a & 255u), -4.0f, 4.0f)) + 1.0f)) + (g - fmax(f, 2.36f))), -1000.0f, 1000.0f); }
  for (int k = 0; k < 6; k++) { if ((d & 7u) == 3u) break; if (((lid << (567319u & 31u)) << ((uint)(((int)(d & 0xffffu) - (int)(97034u & 0xffffu)) / 3) & 31u)) < (rotate(d, 297149u) & gid)) { p[(d + 6u) & 7u] = ((272514u << (201202u & 31u)) * a); c += p[2u & 7u]; } else { c = 885529u; } }
  if (rotate(rotate(c, c), (b ^ 642609u)) < (528211u >> ((uint)(((int)(c & 0xffffu) - (int)(a & 0xffffu)) / 3) & 31u))) { if ((429948u | d) == 90535u) { p[((a & d) + 4u) & 7u] = ((a | b) >> ((c >> (c & 31u)) & 31u)); d += p[4u & 7u]; } else { a ^= convert_uint_sat(fabs(clamp(f, -4.0f, 4.0f)) * 16.0f); } } else { b = (((310216u * gid) | (uint)(((int)(gid & 0xffffu) - (int)(90596u & 0xffffu)) / 3)) & (rotate(369022u, a) & 480811u)); }
  c = lid;
  tile[lid] = max(((b < c) ? b : (c ^ 0x55u)), ((b < c) ? b : (c ^ 0x55u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 37u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
