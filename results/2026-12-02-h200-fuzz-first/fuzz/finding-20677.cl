struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((mul_hi(x, 364697u) | (uint)(((int)(1028908u & 0xffffu) - (int)(x & 0xffffu)) / 3)) + 403156u)); y ^= x >> 3; x = x * 31u + ((rotate((y ^ 820774u), (44339u * x)) & 303252u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b ^= convert_uint_sat(fabs((fmax(g, g) - (float)(a & 255u))) * 16.0f);
  d = h0((((lid < lid) ? lid : (lid ^ 0x55u)) * mul_hi(249196u, lid)), (((a << (b & 31u)) < (uint)(((int)(c & 0xffffu) - (int)(lid & 0xffffu)) / 3)) ? (a << (b & 31u)) : ((uint)(((int)(c & 0xffffu) - (int)(lid & 0xffffu)) / 3) ^ 0x55u)));
  p[((a & gid) + 1u) & 7u] = d; d += p[2u & 7u];
  d = b;
  c = (mul_hi((lid & b), (a - 769136u)) * (((uint)(((int)(b & 0xffffu) - (int)(a & 0xffffu)) / 3) < lid) ? (uint)(((int)(b & 0xffffu) - (int)(a & 0xffffu)) / 3) : (lid ^ 0x55u)));
  for (int k = 0; k < 1; k++) {  g = clamp(2.84f, -1000.0f, 1000.0f); }
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
