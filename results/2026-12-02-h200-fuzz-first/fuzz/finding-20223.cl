struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((y & min((605865u >> (x & 31u)), 395922u))); y ^= x >> 3; x = x * 31u + (859505u); y ^= x >> 3; x = x * 31u + (((876310u < ((y + y) * (y ^ x))) ? 876310u : (((y + y) * (y ^ x)) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = h0(max((uint)(((int)(714363u & 0xffffu) - (int)(gid & 0xffffu)) / 3), 989033u), gid);
  b = h0(((289424u - d) + (d >> (387725u & 31u))), (rotate(gid, lid) + (281166u % (1030667u | 1u))));
  if (b != ((gid * lid) - max(gid, 558039u))) { a = (((lid - gid) ^ (c * c)) + min(min(gid, 206193u), (150783u & 873364u))); } else { switch (140725u & 3u) { case 0: c += 1u; break; case 1: c ^= 871u; /* falls through */ case 2: c = ((1019599u / (b | 1u)) << (max(gid, b) & 31u)); break; default: c = rotate(c, 3u); } }
  c = ((c << (min(575113u, b) & 31u)) / (((12465u % (d | 1u)) << (a & 31u)) | 1u));
  a = ((gid >> ((c + b) & 31u)) >> ((c >> ((a ^ b) & 31u)) & 31u));
  b = gid;
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
