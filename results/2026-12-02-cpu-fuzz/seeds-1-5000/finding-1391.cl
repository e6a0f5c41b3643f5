struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (rotate((352666u >> ((540576u - y) & 31u)), max(x, (x * x)))); y ^= x >> 3; x = x * 31u + ((mul_hi(((31730u < x) ? 31730u : (x ^ 0x55u)), (723977u & 348364u)) | (uint)(((int)((484882u / (234033u | 1u)) & 0xffffu) - (int)(mul_hi(801304u, y) & 0xffffu)) / 3))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = h0(((uint)(((int)(b & 0xffffu) - (int)(a & 0xffffu)) / 3) * ((lid < a) ? lid : (a ^ 0x55u))), b);
  d ^= convert_uint_sat(fabs((((float)(a & 255u) * f) - f)) * 16.0f);
  atomic_add(&acc[2u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
