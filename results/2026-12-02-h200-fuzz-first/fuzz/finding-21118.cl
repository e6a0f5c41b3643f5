struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((677640u / (max(y, max(y, x)) | 1u))); y ^= x >> 3; x = x * 31u + ((379161u | ((y & y) + ((x < x) ? x : (x ^ 0x55u))))); y ^= x >> 3; x = x * 31u + (((rotate(y, y) | (y * y)) ^ 208904u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((278643u * 181566u) ^ (407038u & x)) - y)); y ^= x >> 3; x = x * 31u + (max((813730u % ((x << (y & 31u)) | 1u)), ((x & x) << ((301319u - y) & 31u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((max((y * 555360u), rotate(x, 792398u)) >> (715026u & 31u))); y ^= x >> 3; x = x * 31u + (148627u); y ^= x >> 3; x = x * 31u + ((uint)(((int)(min(x, y) & 0xffffu) - (int)(min(y, mul_hi(y, x)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((x << (x & 31u)) + ((x < y) ? x : (y ^ 0x55u))) + 429693u)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (min(((205877u << (x & 31u)) | (x + x)), ((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) >> (x & 31u)))); y ^= x >> 3; x = x * 31u + ((((y - x) & (194595u * 267422u)) & (uint)(((int)((y % (354616u | 1u)) & 0xffffu) - (int)(max(81545u, 467028u) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((y & ((x - y) - x))); y ^= x >> 3; x = x * 31u + ((((932506u & y) % (mul_hi(888511u, 527428u) | 1u)) / (((y | y) >> (mul_hi(623767u, x) & 31u)) | 1u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(997477u & 0xffffu) - (int)(max((319232u + 446171u), (x - x)) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 2; k++) {  f = clamp(fmin(fmax((g / (fabs((float)(a & 255u)) + 1.0f)), fmax((float)(a & 255u), f)), (float)(a & 255u)), -1000.0f, 1000.0f); }
  if (rotate((c ^ b), (1029625u >> (83775u & 31u))) < (402993u + max(c, gid))) { d = b; } else { switch (a & 3u) { case 0: d += 1u; break; case 1: d ^= 179u; /* falls through */ case 2: d = ((gid >> (a & 31u)) | b); break; default: d = rotate(d, 3u); } }
  a = ((gid < ((uint)(((int)(35126u & 0xffffu) - (int)(c & 0xffffu)) / 3) >> ((d / (c | 1u)) & 31u))) ? gid : (((uint)(((int)(35126u & 0xffffu) - (int)(c & 0xffffu)) / 3) >> ((d / (c | 1u)) & 31u)) ^ 0x55u));
  d = 1038748u;
  p[((d ^ d) + 1u) & 7u] = (uint)(((int)((b % (716946u | 1u)) & 0xffffu) - (int)((c << (b & 31u)) & 0xffffu)) / 3); a += p[5u & 7u];
  f = clamp(clamp((sqrt(fabs(f)) + f), -4.0f, 4.0f), -1000.0f, 1000.0f);
  b = h1(897257u, 943129u);
  for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 1u) continue; d ^= convert_uint_sat(fabs(fmax(fmin((float)(a & 255u), (float)(a & 255u)), fmax((float)(a & 255u), g))) * 16.0f); }
  c = ((min(c, 79618u) % (203879u | 1u)) ^ ((b - 64041u) % (rotate(267223u, a) | 1u)));
  b = (min((b / (a | 1u)), min(c, 304089u)) + 786689u);
  a = ((min(mul_hi(c, c), max(b, a)) < lid) ? min(mul_hi(c, c), max(b, a)) : (lid ^ 0x55u));
  tile[lid] = (d % ((129428u & gid) | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 4u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[0u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
