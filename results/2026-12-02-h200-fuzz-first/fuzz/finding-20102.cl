struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) & mul_hi(998477u, 678265u)) % (((1043237u | y) << ((167483u ^ 129492u) & 31u)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = d;
  if (lid > c) { if (lid < ((a / (b | 1u)) & (lid - b))) { c ^= convert_uint_sat(fabs(g) * 16.0f); } else { c = (((uint)(((int)(201782u & 0xffffu) - (int)(231903u & 0xffffu)) / 3) & (b / (35409u | 1u))) >> ((a << (rotate(730903u, d) & 31u)) & 31u)); } } else { a = rotate(((1047058u ^ gid) | mul_hi(436293u, d)), 414525u); }
  for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 0u) continue; if (((c % (213150u | 1u)) & (c % (d | 1u))) < a) { b = 869146u; } else { c = ((a | max(c, gid)) & max(mul_hi(30036u, d), min(a, a))); } }
  f = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  c ^= convert_uint_sat(fabs(g) * 16.0f);
  a = (lid << ((208950u & rotate(104347u, gid)) & 31u));
  for (int k = 0; k < 5; k++) {  p[(mul_hi(gid, d) + 6u) & 7u] = ((a + 494712u) | (418469u / (d | 1u))); a += p[2u & 7u]; }
  a ^= convert_uint_sat(fabs((fmax(g, (float)(a & 255u)) * clamp((float)(a & 255u), -4.0f, 4.0f))) * 16.0f);
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
