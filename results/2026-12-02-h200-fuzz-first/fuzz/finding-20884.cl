struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((min(y, 497475u) & (796328u * y)) * ((665788u >> (y & 31u)) >> (x & 31u)))); y ^= x >> 3; x = x * 31u + (((uint)(((int)(y & 0xffffu) - (int)((858003u & 624724u) & 0xffffu)) / 3) ^ ((x << (y & 31u)) / ((y + x) | 1u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[(((a < 629226u) ? a : (629226u ^ 0x55u)) + 0u) & 7u] = ((lid * a) << (a & 31u)); d += p[2u & 7u];
  for (int k = 0; k < 4; k++) {  d ^= convert_uint_sat(fabs(f) * 16.0f); }
  p[((uint)(((int)(b & 0xffffu) - (int)(910175u & 0xffffu)) / 3) + 2u) & 7u] = ((176920u / (820294u | 1u)) | 208121u); b += p[6u & 7u];
  d = (uint)(((int)(gid & 0xffffu) - (int)(883931u & 0xffffu)) / 3);
  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 0u) continue; c = h0(((lid & b) * c), min(c, (d * 546672u))); }
  tile[lid] = max((uint)(((int)(a & 0xffffu) - (int)(c & 0xffffu)) / 3), mul_hi(a, 110194u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 30u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
