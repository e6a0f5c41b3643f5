struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (77241u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = mul_hi(((592573u ^ 150747u) * (lid - gid)), (uint)(((int)((b & 710274u) & 0xffffu) - (int)((857845u << (a & 31u)) & 0xffffu)) / 3));
  for (int k = 0; k < 6; k++) { if ((a & 7u) == 1u) break; switch ((895902u / ((gid * lid) | 1u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 145u; /* falls through */ case 2: b = ((a % (gid | 1u)) << ((c & 152520u) & 31u)); break; default: b = rotate(b, 3u); } }
  d = (mul_hi((b >> (c & 31u)), rotate(d, 560325u)) / ((uint)(((int)(mul_hi(c, 3398u) & 0xffffu) - (int)((a >> (gid & 31u)) & 0xffffu)) / 3) | 1u));
  a ^= convert_uint_sat(fabs(g) * 16.0f);
  switch (mul_hi(348563u, (uint)(((int)(696570u & 0xffffu) - (int)(750430u & 0xffffu)) / 3)) & 3u) { case 0: d += 1u; break; case 1: d ^= 731u; /* falls through */ case 2: d = 678693u; break; default: d = rotate(d, 3u); }
  switch (min((uint)(((int)(b & 0xffffu) - (int)(826511u & 0xffffu)) / 3), (gid << (gid & 31u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 742u; /* falls through */ case 2: c = rotate((d | gid), rotate(6125u, b)); break; default: c = rotate(c, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
