struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((mul_hi((919643u % (x | 1u)), (y << (638139u & 31u))) ^ x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 0u) continue; f = clamp(g, -1000.0f, 1000.0f); }
  b = (mul_hi(max(lid, gid), (lid / (b | 1u))) >> (max((818884u >> (lid & 31u)), c) & 31u));
  switch (lid & 3u) { case 0: b += 1u; break; case 1: b ^= 721u; /* falls through */ case 2: b = c; break; default: b = rotate(b, 3u); }
  p[((d / (lid | 1u)) + 2u) & 7u] = ((lid | gid) - (879075u & 660342u)); c += p[3u & 7u];
  c = (705649u ^ (c << (lid & 31u)));
  b ^= convert_uint_sat(fabs((f * 1.97f)) * 16.0f);
  if (max((1018358u / (942126u | 1u)), min(a, b)) < ((937886u < (a - 557868u)) ? 937886u : ((a - 557868u) ^ 0x55u))) { if ((c / (max(b, lid) | 1u)) == ((gid % (553393u | 1u)) & min(b, a))) { c = b; } else { g = clamp(clamp(g, -4.0f, 4.0f), -1000.0f, 1000.0f); } } else { a = h0(((min(1041800u, gid) < d) ? min(1041800u, gid) : (d ^ 0x55u)), ((d << (c & 31u)) * (lid ^ 11662u))); }
  switch ((gid % ((177318u << (519739u & 31u)) | 1u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 155u; /* falls through */ case 2: c = (964655u * mul_hi(lid, 1022666u)); break; default: c = rotate(c, 3u); }
  if (gid > (uint)(((int)(476570u & 0xffffu) - (int)(d & 0xffffu)) / 3)) { b = rotate((max(d, b) >> (337080u & 31u)), (652004u << (b & 31u))); } else { b = h0(((d + d) >> ((uint)(((int)(b & 0xffffu) - (int)(589367u & 0xffffu)) / 3) & 31u)), (rotate(b, 516935u) | min(459513u, 126615u))); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
