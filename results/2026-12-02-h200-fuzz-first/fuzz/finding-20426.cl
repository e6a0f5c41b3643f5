struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((57178u % ((44621u / (x | 1u)) | 1u)) / (((x / (230287u | 1u)) & y) | 1u))); y ^= x >> 3; x = x * 31u + (rotate((((y + x) < (x % (x | 1u))) ? (y + x) : ((x % (x | 1u)) ^ 0x55u)), y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((x >> ((((749805u * x) < (uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3)) ? (749805u * x) : ((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) ^ 0x55u)) & 31u))); y ^= x >> 3; x = x * 31u + ((((1019590u | x) | (y >> (x & 31u))) + (uint)(((int)((y & x) & 0xffffu) - (int)((y + y) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + (mul_hi(116684u, (y * (400181u & 201025u)))); y ^= x >> 3; x = x * 31u + (mul_hi((uint)(((int)(y & 0xffffu) - (int)(mul_hi(y, 1039967u) & 0xffffu)) / 3), (rotate(909550u, 254316u) + mul_hi(y, 877561u)))); y ^= x >> 3; x = x * 31u + (mul_hi((((y - y) < (216464u * x)) ? (y - y) : ((216464u * x) ^ 0x55u)), 883107u)); y ^= x >> 3; x = x * 31u + ((min(y, (x % (y | 1u))) << ((min(x, y) + mul_hi(y, 232955u)) & 31u))); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(761439u & 0xffffu) - (int)(307161u & 0xffffu)) / 3) >> (rotate(321614u, x) & 31u)) & ((y * x) % ((x >> (415800u & 31u)) | 1u)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((y * y) - max(372508u, 1019671u)) & 0xffffu) - (int)(rotate((614925u + x), (130317u * 1021484u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((x % (400169u | 1u)) % (473556u | 1u))); y ^= x >> 3; x = x * 31u + (rotate(y, min(x, (x / (1904u | 1u))))); y ^= x >> 3; x = x * 31u + (min(min((y / (560420u | 1u)), (y >> (585029u & 31u))), (x << (x & 31u)))); y ^= x >> 3; x = x * 31u + ((74942u ^ y)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((((370883u < y) ? 370883u : (y ^ 0x55u)) % (min(x, x) | 1u)) | y)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (max(((x >> (685908u & 31u)) + max(x, 860651u)), (523171u | min(y, x)))); y ^= x >> 3; x = x * 31u + ((((75998u >> (176581u & 31u)) * (y / (188065u | 1u))) & y)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 3; k++) {  if (gid < (mul_hi(d, 698952u) ^ ((a < 190049u) ? a : (190049u ^ 0x55u)))) { c ^= convert_uint_sat(fabs(2.40f) * 16.0f); } else { p[(a + 2u) & 7u] = ((634749u * gid) / (b | 1u)); c += p[5u & 7u]; } }
  b = (862698u / ((b / ((522129u >> (b & 31u)) | 1u)) | 1u));
  tile[lid] = mul_hi(gid, min(c, a)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 7u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
