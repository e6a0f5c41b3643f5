struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((140186u ^ x) ^ max(7451u, 427515u)) & (x >> (x & 31u)))); y ^= x >> 3; x = x * 31u + (((1000936u | max(x, y)) & (y % (435979u | 1u)))); y ^= x >> 3; x = x * 31u + ((942022u / (min((y * y), (x / (642714u | 1u))) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
__kernel void fuzz(__global uint *out, __global const uint *in, __global float *fout,
                   __global const float *fin, __global uint *acc,
                   __global const struct pair *pairs) {
  uint gid = get_global_id(0), lid = get_local_id(0);
  __local uint tile[64];
  __local struct pair lpair[64];
  uint p[8];
  for (int k = 0; k < 8; k++) p[k] = in[(gid + (uint)k) % 256u];
  uint a = in[gid], b = in[(gid * 7u + 3u) % 256u], c = gid, d = lid;
  float f = fin[gid], g = fin[(gid + 1u) % 256u];
  if (rotate((d * lid), lid) != (uint)(((int)(min(lid, a) & 0xffffu) - (int)((13615u - gid) & 0xffffu)) / 3)) { a = (((gid * a) >> ((lid % (b | 1u)) & 31u)) + (rotate(765651u, d) ^ 1034888u)); } else { switch (((uint)(((int)(d & 0xffffu) - (int)(gid & 0xffffu)) / 3) % (rotate(gid, 130872u) | 1u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 602u; /* falls through */ case 2: d = 618851u; break; default: d = rotate(d, 3u); } }
  b = d;
  if (((929379u << (gid & 31u)) * (472945u << (lid & 31u))) == lid) { switch (((b ^ a) + (d | a)) & 3u) { case 0: b += 1u; break; case 1: b ^= 57u; /* falls through */ case 2: b = ((uint)(((int)(lid & 0xffffu) - (int)(lid & 0xffffu)) / 3) / (d | 1u)); break; default: b = rotate(b, 3u); } } else { g = clamp(f, -1000.0f, 1000.0f); }
  c = ((uint)(((int)((b | gid) & 0xffffu) - (int)(55340u & 0xffffu)) / 3) ^ (uint)(((int)(d & 0xffffu) - (int)(mul_hi(d, d) & 0xffffu)) / 3));
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
