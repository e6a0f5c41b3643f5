struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((y / ((y << (y & 31u)) | 1u)) % ((x % ((883140u - y) | 1u)) | 1u))); y ^= x >> 3; x = x * 31u + (((min(832962u, x) + (x - x)) ^ (((985648u < x) ? 985648u : (x ^ 0x55u)) ^ rotate(x, x)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((222970u / (990213u | 1u)) / ((1003137u >> (y & 31u)) | 1u)) << (min((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3), (x / (x | 1u))) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c ^= convert_uint_sat(fabs(f) * 16.0f);
  switch (d & 3u) { case 0: b += 1u; break; case 1: b ^= 677u; /* falls through */ case 2: b = a; break; default: b = rotate(b, 3u); }
  c = (((b << (b & 31u)) << ((a | gid) & 31u)) + (a % ((756138u % (lid | 1u)) | 1u)));
  c = (((928880u | b) + (279554u ^ 493507u)) << (max(gid, 32427u) & 31u));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
