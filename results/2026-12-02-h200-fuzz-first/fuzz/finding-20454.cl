struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((uint)(((int)((max(y, y) * (uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3)) & 0xffffu) - (int)(((782389u - 555303u) & (936309u | y)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((min(64479u, rotate(y, 634047u)) / (((83960u - x) & (680152u | x)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = h0((mul_hi(988146u, gid) % (lid | 1u)), ((465642u >> (c & 31u)) << (lid & 31u)));
  c = h0((b << (a & 31u)), (c + (65089u ^ 338395u)));
  c ^= convert_uint_sat(fabs((fmin(1.65f, f) + f)) * 16.0f);
  for (int k = 0; k < 2; k++) { if ((d & 7u) == 2u) break; p[(a + 3u) & 7u] = mul_hi((397488u | c), (lid & lid)); b += p[5u & 7u]; }
  b ^= convert_uint_sat(fabs((fmin(g, (float)(a & 255u)) / (fabs(((float)(a & 255u) / (fabs(f) + 1.0f))) + 1.0f))) * 16.0f);
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
