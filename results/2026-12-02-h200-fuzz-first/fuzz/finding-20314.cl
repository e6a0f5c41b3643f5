struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((20983u & (max(x, 153461u) | x))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((465759u < max(y, (1012258u ^ x))) ? 465759u : (max(y, (1012258u ^ x)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((((y ^ x) & (x << (18901u & 31u))) << (rotate(rotate(x, y), (y ^ 1001155u)) & 31u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (mul_hi(max(x, (447308u + y)), x)); y ^= x >> 3; x = x * 31u + (1031086u); y ^= x >> 3; x = x * 31u + (((min(508125u, y) | (515716u % (x | 1u))) / (199600u | 1u))); y ^= x >> 3; x = x * 31u + (((((297097u >> (y & 31u)) >> ((476699u & y) & 31u)) < x) ? ((297097u >> (y & 31u)) >> ((476699u & y) & 31u)) : (x ^ 0x55u))); y ^= x >> 3; x = x * 31u + (min(y, (x ^ 664545u))); y ^= x >> 3; x = x * 31u + (min(rotate(x, (y ^ x)), y)); y ^= x >> 3; x = x * 31u + (((((x & 410510u) < (244800u % (x | 1u))) ? (x & 410510u) : ((244800u % (x | 1u)) ^ 0x55u)) - y)); y ^= x >> 3; x = x * 31u + (263548u); y ^= x >> 3; x = x * 31u + ((454369u | ((y - 699132u) + max(y, x)))); y ^= x >> 3; x = x * 31u + ((875767u & ((y | x) & (x | y)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d ^= convert_uint_sat(fabs((((float)(a & 255u) / (fabs(f) + 1.0f)) + (f * f))) * 16.0f);
  c = (((((123706u < d) ? 123706u : (d ^ 0x55u)) & 6914u) < ((gid << (b & 31u)) * 843077u)) ? (((123706u < d) ? 123706u : (d ^ 0x55u)) & 6914u) : (((gid << (b & 31u)) * 843077u) ^ 0x55u));
  a = h1(rotate((a / (151427u | 1u)), (uint)(((int)(329412u & 0xffffu) - (int)(29704u & 0xffffu)) / 3)), ((498537u | d) ^ ((c < d) ? c : (d ^ 0x55u))));
  f = clamp(fmax(((f * f) / (fabs(0.38f) + 1.0f)), g), -1000.0f, 1000.0f);
  for (int k = 0; k < 2; k++) { if ((b & 7u) == 0u) break; for (int k = 0; k < 1; k++) {  g = clamp(fmin(((f - 0.45f) + (g / (fabs(g) + 1.0f))), fmax(clamp(0.59f, -4.0f, 4.0f), (float)(a & 255u))), -1000.0f, 1000.0f); } }
  tile[lid] = d; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 10u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[0u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
