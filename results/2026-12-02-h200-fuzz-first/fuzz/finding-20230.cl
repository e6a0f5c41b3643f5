struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((uint)(((int)((uint)(((int)(min(y, y) & 0xffffu) - (int)(mul_hi(y, 230389u) & 0xffffu)) / 3) & 0xffffu) - (int)(y & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((y | x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = h0((lid % ((lid + d) | 1u)), ((d & d) % (a | 1u)));
  a = 916077u;
  d = mul_hi((rotate(656743u, a) * rotate(b, b)), b);
  if ((318268u * (734026u >> (a & 31u))) < (105345u >> ((381956u + 578822u) & 31u))) { a ^= convert_uint_sat(fabs((sqrt(fabs(1.77f)) - (2.78f * f))) * 16.0f); } else { if (b != a) { p[(mul_hi(a, 41668u) + 6u) & 7u] = (uint)(((int)((lid + d) & 0xffffu) - (int)((gid & b) & 0xffffu)) / 3); a += p[3u & 7u]; } else { a = gid; } }
  if (((d >> (d & 31u)) ^ (uint)(((int)(85703u & 0xffffu) - (int)(529539u & 0xffffu)) / 3)) > 170041u) { p[(rotate(a, 137924u) + 1u) & 7u] = ((lid >> (lid & 31u)) ^ c); a += p[4u & 7u]; } else { if (rotate((b << (780089u & 31u)), c) != (rotate(gid, 399081u) & c)) { c ^= convert_uint_sat(fabs(2.24f) * 16.0f); } else { f = clamp(sqrt(fabs(0.80f)), -1000.0f, 1000.0f); } }
  b = 817287u;
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
