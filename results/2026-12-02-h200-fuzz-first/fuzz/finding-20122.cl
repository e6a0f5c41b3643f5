struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((y / (y | 1u)) >> (max(533196u, 1045590u) & 31u)) ^ y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (mul_hi(((y + y) * (uint)(((int)(x & 0xffffu) - (int)(760129u & 0xffffu)) / 3)), ((978592u % (y | 1u)) * (uint)(((int)(22057u & 0xffffu) - (int)(683665u & 0xffffu)) / 3)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(664523u & 0xffffu) - (int)(x & 0xffffu)) / 3) - 299588u) << (min(559183u, ((x < 543672u) ? x : (543672u ^ 0x55u))) & 31u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(max(x, min(y, x)) & 0xffffu) - (int)(y & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (max((y >> (450472u & 31u)), ((730039u & x) & y))); y ^= x >> 3; x = x * 31u + (929326u); y ^= x >> 3; x = x * 31u + (mul_hi((((117256u < x) ? 117256u : (x ^ 0x55u)) << (mul_hi(302313u, x) & 31u)), (x >> (((y < y) ? y : (y ^ 0x55u)) & 31u)))); y ^= x >> 3; x = x * 31u + (max(x, x)); y ^= x >> 3; x = x * 31u + (min((((181461u & 1036202u) < min(y, x)) ? (181461u & 1036202u) : (min(y, x) ^ 0x55u)), ((483831u & 361886u) ^ (803282u - 697493u)))); y ^= x >> 3; x = x * 31u + (132973u); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (max((min(x, 355495u) % ((x << (y & 31u)) | 1u)), ((846809u + 441792u) + (x % (77120u | 1u))))); y ^= x >> 3; x = x * 31u + ((rotate((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3), (115771u * 684029u)) << (875770u & 31u))); y ^= x >> 3; x = x * 31u + (min(x, x)); y ^= x >> 3; x = x * 31u + ((129316u & x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = (mul_hi(806978u, rotate(lid, 173713u)) >> ((mul_hi(lid, d) & (lid / (c | 1u))) & 31u));
  if (min(c, (a * d)) > max(b, a)) { a ^= convert_uint_sat(fabs((((float)(a & 255u) + g) - (0.9f * 2.96f))) * 16.0f); } else { if (((c ^ c) + (502896u << (631717u & 31u))) > (rotate(637207u, 591668u) - (b >> (lid & 31u)))) { f = clamp((g + (fmax(1.94f, 0.63f) / (fabs(sqrt(fabs(g))) + 1.0f))), -1000.0f, 1000.0f); } else { a = (b >> (((a / (c | 1u)) | (342037u % (gid | 1u))) & 31u)); } }
  tile[lid] = ((uint)(((int)(lid & 0xffffu) - (int)(198033u & 0xffffu)) / 3) % (a | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 17u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
