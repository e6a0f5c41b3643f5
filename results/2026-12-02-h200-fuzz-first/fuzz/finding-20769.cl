struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((y % (y | 1u))); y ^= x >> 3; x = x * 31u + ((y & ((x ^ x) % (min(x, y) | 1u)))); y ^= x >> 3; x = x * 31u + ((y / (y | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 6; k++) {  p[((702615u % (a | 1u)) + 4u) & 7u] = rotate((lid / (516375u | 1u)), min(129999u, lid)); d += p[4u & 7u]; }
  for (int k = 0; k < 5; k++) { if ((b & 7u) == 7u) break; if ((gid >> ((c * 614767u) & 31u)) == (uint)(((int)(rotate(gid, gid) & 0xffffu) - (int)((d * b) & 0xffffu)) / 3)) { d ^= convert_uint_sat(fabs((((float)(a & 255u) - (float)(a & 255u)) * clamp(3.89f, -4.0f, 4.0f))) * 16.0f); } else { b = max((uint)(((int)((766155u << (lid & 31u)) & 0xffffu) - (int)((uint)(((int)(899027u & 0xffffu) - (int)(b & 0xffffu)) / 3) & 0xffffu)) / 3), 567822u); } }
  c = h0(((lid & 815823u) * (uint)(((int)(d & 0xffffu) - (int)(583027u & 0xffffu)) / 3)), (min(399838u, lid) % ((a ^ 233478u) | 1u)));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
