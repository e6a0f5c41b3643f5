struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (rotate((mul_hi(y, 273677u) * 308457u), x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a ^= convert_uint_sat(fabs(sqrt(fabs(clamp(f, -4.0f, 4.0f)))) * 16.0f);
  d = (gid << ((rotate(b, 642993u) + min(d, 699287u)) & 31u));
  f = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  for (int k = 0; k < 2; k++) { if ((b & 7u) == 6u) break; d ^= convert_uint_sat(fabs(g) * 16.0f); }
  for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 1u) continue; switch ((min(119109u, gid) + (c & 212188u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 529u; /* falls through */ case 2: d = (((b < d) ? b : (d ^ 0x55u)) >> (632268u & 31u)); break; default: d = rotate(d, 3u); } }
  b ^= convert_uint_sat(fabs(fmin((g * 2.74f), ((float)(a & 255u) - 2.77f))) * 16.0f);
  tile[lid] = ((uint)(((int)(a & 0xffffu) - (int)(c & 0xffffu)) / 3) << (b & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 58u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
