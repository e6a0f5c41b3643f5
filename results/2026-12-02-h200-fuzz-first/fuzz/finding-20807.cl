struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((min(y, y) >> (max(696042u, 353669u) & 31u)) >> (mul_hi((y & y), (y << (959971u & 31u))) & 31u))); y ^= x >> 3; x = x * 31u + ((634795u | ((uint)(((int)(y & 0xffffu) - (int)(360460u & 0xffffu)) / 3) - (x / (x | 1u))))); y ^= x >> 3; x = x * 31u + (((uint)(((int)((y >> (y & 31u)) & 0xffffu) - (int)((x >> (y & 31u)) & 0xffffu)) / 3) + mul_hi(x, (741335u + x)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((x & y) | min(x, 980517u)) & x)); y ^= x >> 3; x = x * 31u + ((max((405464u - y), rotate(x, 447957u)) >> (72311u & 31u))); y ^= x >> 3; x = x * 31u + ((y % (max(185849u, max(y, y)) | 1u))); y ^= x >> 3; x = x * 31u + (589589u); y ^= x >> 3; x = x * 31u + (max(39950u, (rotate(x, x) + (x * y)))); y ^= x >> 3; x = x * 31u + (max((rotate(x, 1000499u) << (max(y, x) & 31u)), rotate(((x < y) ? x : (y ^ 0x55u)), 268833u))); y ^= x >> 3; x = x * 31u + (max((((645052u << (x & 31u)) < mul_hi(x, x)) ? (645052u << (x & 31u)) : (mul_hi(x, x) ^ 0x55u)), ((x + 845677u) - max(x, x)))); y ^= x >> 3; x = x * 31u + (59371u); y ^= x >> 3; x = x * 31u + (max((min(571152u, 714508u) << ((y | x) & 31u)), x)); y ^= x >> 3; x = x * 31u + (((min(950125u, 605523u) * (971105u / (x | 1u))) & x)); y ^= x >> 3; x = x * 31u + ((((x ^ 15396u) % (((x < y) ? x : (y ^ 0x55u)) | 1u)) >> (175470u & 31u))); y ^= x >> 3; x = x * 31u + (((((x >> (563846u & 31u)) >> ((x | x) & 31u)) < (151546u ^ (y % (366757u | 1u)))) ? ((x >> (563846u & 31u)) >> ((x | x) & 31u)) : ((151546u ^ (y % (366757u | 1u))) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (((((x + y) < (761746u * y)) ? (x + y) : ((761746u * y) ^ 0x55u)) / ((x >> ((y & 594055u) & 31u)) | 1u))); y ^= x >> 3; x = x * 31u + ((max((968568u % (578965u | 1u)), (x & 364677u)) | (uint)(((int)((x - 974610u) & 0xffffu) - (int)((280691u ^ x) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + ((rotate(y, (y >> (x & 31u))) + (mul_hi(y, 782375u) - y))); y ^= x >> 3; x = x * 31u + ((23361u * y)); y ^= x >> 3; x = x * 31u + ((mul_hi(max(399126u, 674178u), min(579734u, x)) - x)); y ^= x >> 3; x = x * 31u + (max(y, (uint)(((int)((x % (1018363u | 1u)) & 0xffffu) - (int)((uint)(((int)(669379u & 0xffffu) - (int)(y & 0xffffu)) / 3) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + (268735u); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = ((mul_hi((615185u * 1005158u), (b ^ a)) < (uint)(((int)((67455u / (c | 1u)) & 0xffffu) - (int)(max(c, 1039851u) & 0xffffu)) / 3)) ? mul_hi((615185u * 1005158u), (b ^ a)) : ((uint)(((int)((67455u / (c | 1u)) & 0xffffu) - (int)(max(c, 1039851u) & 0xffffu)) / 3) ^ 0x55u));
  b ^= convert_uint_sat(fabs(clamp(fmax(f, f), -4.0f, 4.0f)) * 16.0f);
  b ^= convert_uint_sat(fabs(fmin(3.89f, 1.23f)) * 16.0f);
  for (int k = 0; k < 3; k++) {  a = a; }
  d = (((d & (lid << (lid & 31u))) < (b / ((lid / (lid | 1u)) | 1u))) ? (d & (lid << (lid & 31u))) : ((b / ((lid / (lid | 1u)) | 1u)) ^ 0x55u));
  p[((a >> (a & 31u)) + 7u) & 7u] = (gid >> (max(c, b) & 31u)); a += p[4u & 7u];
  for (int k = 0; k < 4; k++) { if ((c & 7u) == 7u) break; for (int k = 0; k < 4; k++) {  b ^= convert_uint_sat(fabs(fmax((1.18f + (float)(a & 255u)), (f + (float)(a & 255u)))) * 16.0f); } }
  c = (785141u ^ mul_hi(min(610406u, b), (819839u >> (99505u & 31u))));
  tile[lid] = 627130u; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 41u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
