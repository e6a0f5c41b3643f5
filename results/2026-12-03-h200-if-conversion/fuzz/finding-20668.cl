struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((x | ((y >> (793183u & 31u)) / ((y - 256407u) | 1u)))); y ^= x >> 3; x = x * 31u + (((y - (y & y)) | (rotate(x, y) << (993338u & 31u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((x % (x | 1u))); y ^= x >> 3; x = x * 31u + (((rotate(97743u, (uint)(((int)(x & 0xffffu) - (int)(1001496u & 0xffffu)) / 3)) < ((x + x) - rotate(x, x))) ? rotate(97743u, (uint)(((int)(x & 0xffffu) - (int)(1001496u & 0xffffu)) / 3)) : (((x + x) - rotate(x, x)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((((y + x) / ((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3) | 1u)) % (((y & y) | max(x, 42544u)) | 1u))); y ^= x >> 3; x = x * 31u + (min(min((x + 284712u), (uint)(((int)(265331u & 0xffffu) - (int)(y & 0xffffu)) / 3)), y)); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(1018940u & 0xffffu) - (int)(x & 0xffffu)) / 3) >> (max(x, 326687u) & 31u)) + x)); y ^= x >> 3; x = x * 31u + ((((259437u % (y | 1u)) << (min(x, y) & 31u)) - 618794u)); y ^= x >> 3; x = x * 31u + (((y < y) ? y : (y ^ 0x55u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((y | (y << (mul_hi(782138u, 484512u) & 31u)))); y ^= x >> 3; x = x * 31u + (((642373u - (185243u >> (x & 31u))) ^ x)); y ^= x >> 3; x = x * 31u + ((rotate(rotate(y, 275050u), x) & (((y & x) < (x + y)) ? (y & x) : ((x + y) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + ((((203437u - 672804u) % ((x & x) | 1u)) & (922610u / (450207u | 1u)))); y ^= x >> 3; x = x * 31u + (((532026u / (56857u | 1u)) << (min(x, (y + x)) & 31u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((rotate((723558u | 174252u), (uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3)) * y)); y ^= x >> 3; x = x * 31u + (842695u); y ^= x >> 3; x = x * 31u + ((x - ((1041978u & x) << ((315336u - x) & 31u)))); y ^= x >> 3; x = x * 31u + (701312u); y ^= x >> 3; x = x * 31u + (rotate(((671829u % (x | 1u)) % (178091u | 1u)), (((uint)(((int)(y & 0xffffu) - (int)(817713u & 0xffffu)) / 3) < (y >> (897272u & 31u))) ? (uint)(((int)(y & 0xffffu) - (int)(817713u & 0xffffu)) / 3) : ((y >> (897272u & 31u)) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + (min(mul_hi((929171u ^ x), (455506u << (x & 31u))), (x / (339529u | 1u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = (lid << (d & 31u));
  g = clamp(((f + (g - g)) + sqrt(fabs((3.56f / (fabs(f) + 1.0f))))), -1000.0f, 1000.0f);
  switch (rotate((c >> (119453u & 31u)), max(gid, 496315u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 420u; /* falls through */ case 2: c = (((c < b) ? c : (b ^ 0x55u)) << ((uint)(((int)(648125u & 0xffffu) - (int)(652779u & 0xffffu)) / 3) & 31u)); break; default: c = rotate(c, 3u); }
  for (int k = 0; k < 6; k++) {  p[((646708u % (a | 1u)) + 1u) & 7u] = (gid ^ (lid ^ d)); a += p[2u & 7u]; }
  for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 0u) continue; a = h1(mul_hi((a % (lid | 1u)), (564668u & gid)), c); }
  d = (b / (((b >> (gid & 31u)) ^ (a % (a | 1u))) | 1u));
  tile[lid] = d; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 33u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
