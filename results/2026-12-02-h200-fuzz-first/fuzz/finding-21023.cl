struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (rotate(rotate(mul_hi(y, y), y), (x / ((660779u * x) | 1u)))); y ^= x >> 3; x = x * 31u + (rotate(mul_hi(rotate(189869u, y), max(x, x)), ((y / (60692u | 1u)) % (rotate(x, 147394u) | 1u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((y + y) & (27748u % (578723u | 1u))) ^ (((x % (x | 1u)) < (x >> (129021u & 31u))) ? (x % (x | 1u)) : ((x >> (129021u & 31u)) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + ((mul_hi(y, ((530380u < y) ? 530380u : (y ^ 0x55u))) ^ 340552u)); y ^= x >> 3; x = x * 31u + (((mul_hi(mul_hi(x, y), (126031u << (x & 31u))) < (y % (y | 1u))) ? mul_hi(mul_hi(x, y), (126031u << (x & 31u))) : ((y % (y | 1u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((32024u + (x - (y * x)))); y ^= x >> 3; x = x * 31u + (((y - (uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3)) % (((x * y) & ((y < y) ? y : (y ^ 0x55u))) | 1u))); y ^= x >> 3; x = x * 31u + (((((y / (x | 1u)) < (y / (250503u | 1u))) ? (y / (x | 1u)) : ((y / (250503u | 1u)) ^ 0x55u)) >> (447826u & 31u))); y ^= x >> 3; x = x * 31u + ((((x << (y & 31u)) & (x ^ x)) ^ ((y << (x & 31u)) ^ y))); y ^= x >> 3; x = x * 31u + ((min(x, min(y, y)) ^ max(y, (y % (11175u | 1u))))); y ^= x >> 3; x = x * 31u + (min(min(((x < x) ? x : (x ^ 0x55u)), x), (rotate(x, 697570u) % ((y % (x | 1u)) | 1u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = (((uint)(((int)(c & 0xffffu) - (int)(260492u & 0xffffu)) / 3) * 519482u) >> (min((gid >> (lid & 31u)), 744533u) & 31u));
  p[((lid + c) + 4u) & 7u] = lid; a += p[7u & 7u];
  c = (((uint)(((int)(a & 0xffffu) - (int)(d & 0xffffu)) / 3) & (d ^ c)) << (mul_hi((gid / (574894u | 1u)), (gid + 502135u)) & 31u));
  c = h1((b ^ min(d, d)), ((305264u < (b + 697979u)) ? 305264u : ((b + 697979u) ^ 0x55u)));
  if (((uint)(((int)(a & 0xffffu) - (int)(gid & 0xffffu)) / 3) ^ (a | 175014u)) > (min(a, 1044996u) & (uint)(((int)(160994u & 0xffffu) - (int)(a & 0xffffu)) / 3))) { if (((587057u >> (d & 31u)) * (lid << (lid & 31u))) > mul_hi(a, (d * b))) { p[(d + 7u) & 7u] = (mul_hi(373150u, 762059u) | (c >> (a & 31u))); a += p[7u & 7u]; } else { a = ((((lid < a) ? lid : (a ^ 0x55u)) * gid) - d); } } else { switch (((lid & 275290u) >> ((d & 258086u) & 31u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 44u; /* falls through */ case 2: c = 476593u; break; default: c = rotate(c, 3u); } }
  for (int k = 0; k < 6; k++) {  b = gid; }
  switch ((max(b, 928453u) % (min(223467u, 62700u) | 1u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 989u; /* falls through */ case 2: c = ((767334u << (868674u & 31u)) * (409715u + 789949u)); break; default: c = rotate(c, 3u); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
