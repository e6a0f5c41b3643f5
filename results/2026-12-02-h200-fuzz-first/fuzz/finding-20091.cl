struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (min((x / ((x + 677579u) | 1u)), y)); y ^= x >> 3; x = x * 31u + (min((x & (x >> (222672u & 31u))), ((y >> (258765u & 31u)) >> (x & 31u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  if (((d >> (c & 31u)) - (uint)(((int)(73527u & 0xffffu) - (int)(b & 0xffffu)) / 3)) > (uint)(((int)((uint)(((int)(599146u & 0xffffu) - (int)(b & 0xffffu)) / 3) & 0xffffu) - (int)((lid * a) & 0xffffu)) / 3)) { if ((uint)(((int)((863841u >> (a & 31u)) & 0xffffu) - (int)(875393u & 0xffffu)) / 3) == (gid ^ (b - 808141u))) { d = c; } else { d = (min((285862u % (b | 1u)), (a | c)) << (((b - a) | rotate(465119u, 137634u)) & 31u)); } } else { for (int k = 0; k < 2; k++) {  p[((808620u & 55474u) + 3u) & 7u] = ((749255u | 84590u) & (uint)(((int)(d & 0xffffu) - (int)(188090u & 0xffffu)) / 3)); d += p[1u & 7u]; } }
  switch (d & 3u) { case 0: a += 1u; break; case 1: a ^= 445u; /* falls through */ case 2: a = 1026883u; break; default: a = rotate(a, 3u); }
  b = (a % (mul_hi(118352u, (d & 873083u)) | 1u));
  switch (min(rotate(d, 646054u), (b + gid)) & 3u) { case 0: b += 1u; break; case 1: b ^= 271u; /* falls through */ case 2: b = (231824u * gid); break; default: b = rotate(b, 3u); }
  c = (max((395057u * 451023u), (377861u & b)) - ((d % (gid | 1u)) - (a * 514642u)));
  tile[lid] = ((672581u >> (lid & 31u)) / ((d / (gid | 1u)) | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 4u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
