struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((((y < y) ? y : (y ^ 0x55u)) & mul_hi(137447u, 48071u)) * x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((x >> (x & 31u)) % ((min(y, 792201u) - ((y < 233879u) ? y : (233879u ^ 0x55u))) | 1u))); y ^= x >> 3; x = x * 31u + (((y - (y + x)) + (x >> ((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) & 31u)))); y ^= x >> 3; x = x * 31u + ((y / ((mul_hi(422435u, 167706u) - (46809u << (y & 31u))) | 1u))); y ^= x >> 3; x = x * 31u + ((((90930u ^ x) << ((uint)(((int)(y & 0xffffu) - (int)(856746u & 0xffffu)) / 3) & 31u)) ^ (((y & 883404u) < min(y, x)) ? (y & 883404u) : (min(y, x) ^ 0x55u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = min(493002u, 601540u);
  p[(114826u + 7u) & 7u] = c; a += p[2u & 7u];
  p[(c + 2u) & 7u] = ((lid + c) | (1041144u >> (590677u & 31u))); c += p[4u & 7u];
  f = clamp(g, -1000.0f, 1000.0f);
  for (int k = 0; k < 2; k++) {  p[(b + 1u) & 7u] = lid; b += p[3u & 7u]; }
  switch (((uint)(((int)(d & 0xffffu) - (int)(1017486u & 0xffffu)) / 3) & (d * 682911u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 662u; /* falls through */ case 2: b = min(max(d, 345985u), (290387u - b)); break; default: b = rotate(b, 3u); }
  p[(min(gid, d) + 2u) & 7u] = a; d += p[4u & 7u];
  for (int k = 0; k < 5; k++) { if ((b & 7u) == 6u) break; if ((uint)(((int)(rotate(lid, a) & 0xffffu) - (int)((941753u - a) & 0xffffu)) / 3) == gid) { f = clamp(f, -1000.0f, 1000.0f); } else { f = clamp(3.1f, -1000.0f, 1000.0f); } }
  a = h0(max(rotate(d, lid), gid), max((781765u & gid), (521940u ^ gid)));
  c ^= convert_uint_sat(fabs(f) * 16.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
