struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((mul_hi(x, y) - (x * y)) < mul_hi((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3), ((y < y) ? y : (y ^ 0x55u)))) ? (mul_hi(x, y) - (x * y)) : (mul_hi((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3), ((y < y) ? y : (y ^ 0x55u))) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  f = clamp(((f / (fabs(f) + 1.0f)) * fmax(sqrt(fabs(f)), 3.37f)), -1000.0f, 1000.0f);
  f = clamp((f * (float)(a & 255u)), -1000.0f, 1000.0f);
  b = lid;
  a = h0((min(gid, 486694u) ^ (d & gid)), (max(lid, d) >> (b & 31u)));
  c ^= convert_uint_sat(fabs(1.30f) * 16.0f);
  f = clamp(sqrt(fabs(((0.38f + 0.1f) + (g * g)))), -1000.0f, 1000.0f);
  tile[lid] = ((c ^ 457075u) - d); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 24u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
