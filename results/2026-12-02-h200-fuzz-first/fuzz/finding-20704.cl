struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((max((273068u % (x | 1u)), (uint)(((int)(833562u & 0xffffu) - (int)(y & 0xffffu)) / 3)) - ((y - x) << ((532586u * x) & 31u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 0u) continue; for (int k = 0; k < 5; k++) { if ((a & 7u) == 5u) break; d ^= convert_uint_sat(fabs(clamp(f, -4.0f, 4.0f)) * 16.0f); } }
  c ^= convert_uint_sat(fabs(fmax(f, (g + f))) * 16.0f);
  switch (max(min(328408u, 811930u), min(a, 270691u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 650u; /* falls through */ case 2: a = (mul_hi(187267u, gid) & lid); break; default: a = rotate(a, 3u); }
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
