struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((x >> (142711u & 31u)) % ((x << (y & 31u)) | 1u)) % (min(x, (995245u ^ 833514u)) | 1u))); y ^= x >> 3; x = x * 31u + (315268u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch (((c % (930085u | 1u)) << ((b >> (321434u & 31u)) & 31u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 641u; /* falls through */ case 2: d = ((a / (688092u | 1u)) >> (((d < 985936u) ? d : (985936u ^ 0x55u)) & 31u)); break; default: d = rotate(d, 3u); }
  d ^= convert_uint_sat(fabs(clamp(1.87f, -4.0f, 4.0f)) * 16.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
