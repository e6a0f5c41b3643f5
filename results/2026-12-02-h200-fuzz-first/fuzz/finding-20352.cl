struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((y * ((y ^ x) | max(556495u, x)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = h0(65992u, (1016380u + max(b, 911968u)));
  if ((lid | (a / (d | 1u))) < (mul_hi(lid, 462532u) & rotate(182537u, c))) { p[(rotate(a, 444894u) + 0u) & 7u] = (uint)(((int)((b % (c | 1u)) & 0xffffu) - (int)(lid & 0xffffu)) / 3); a += p[0u & 7u]; } else { if ((gid + (206468u - 434162u)) < (421886u | (gid | c))) { c = ((a | (67150u + 388521u)) % ((min(b, a) / ((gid << (737813u & 31u)) | 1u)) | 1u)); } else { d = 246597u; } }
  d = ((d + (962404u % (115861u | 1u))) >> (mul_hi((lid | lid), 310241u) & 31u));
  b ^= convert_uint_sat(fabs(fmax(g, 3.14f)) * 16.0f);
  c ^= convert_uint_sat(fabs((((float)(a & 255u) - g) * f)) * 16.0f);
  if (56994u < (754738u + (c & c))) { c = h0(((434479u * 578135u) / (517493u | 1u)), ((772147u & 238681u) ^ a)); } else { p[(lid + 7u) & 7u] = b; b += p[3u & 7u]; }
  for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 0u) continue; for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 0u) continue; b = b; } }
  p[((b / (469040u | 1u)) + 4u) & 7u] = (323015u ^ (gid + b)); b += p[4u & 7u];
  switch (max(min(a, 641922u), (74944u / (910602u | 1u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 814u; /* falls through */ case 2: c = ((lid & 703863u) ^ (109490u | gid)); break; default: c = rotate(c, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
