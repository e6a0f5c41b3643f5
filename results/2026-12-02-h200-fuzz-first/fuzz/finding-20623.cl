struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((x | (y ^ y)) / (((884253u % (x | 1u)) - (y ^ 443681u)) | 1u))); y ^= x >> 3; x = x * 31u + (max(mul_hi((uint)(((int)(x & 0xffffu) - (int)(868841u & 0xffffu)) / 3), (y * 116467u)), (max(y, y) | y))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((x >> (x & 31u)) << ((y + y) & 31u)) >> ((rotate(y, 138123u) << (y & 31u)) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = 849312u;
  if (mul_hi((a + a), max(941645u, c)) != min(((c < c) ? c : (c ^ 0x55u)), min(lid, 770234u))) { for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 1u) continue; c = (lid | (rotate(d, c) << (rotate(lid, lid) & 31u))); } } else { switch ((d << ((b | 519357u) & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 448u; /* falls through */ case 2: a = rotate(a, (828840u ^ gid)); break; default: a = rotate(a, 3u); } }
  b = h1(((lid >> (a & 31u)) & (gid ^ gid)), (((860081u + b) < (a * b)) ? (860081u + b) : ((a * b) ^ 0x55u)));
  d = h1((((a * b) < 149016u) ? (a * b) : (149016u ^ 0x55u)), (b % (((235716u < a) ? 235716u : (a ^ 0x55u)) | 1u)));
  if ((uint)(((int)((b >> (lid & 31u)) & 0xffffu) - (int)((uint)(((int)(b & 0xffffu) - (int)(gid & 0xffffu)) / 3) & 0xffffu)) / 3) > ((lid ^ lid) >> (d & 31u))) { for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 1u) continue; d = ((lid & (gid - c)) ^ (659832u << ((c * lid) & 31u))); } } else { for (int k = 0; k < 4; k++) { if ((b & 7u) == 0u) break; c = 105498u; } }
  switch (max((c >> (lid & 31u)), 214488u) & 3u) { case 0: b += 1u; break; case 1: b ^= 830u; /* falls through */ case 2: b = b; break; default: b = rotate(b, 3u); }
  d = mul_hi((((gid / (c | 1u)) < (d + 470530u)) ? (gid / (c | 1u)) : ((d + 470530u) ^ 0x55u)), ((gid | 976025u) % (min(b, gid) | 1u)));
  g = clamp(f, -1000.0f, 1000.0f);
  b = b;
  d = ((((225362u << (d & 31u)) | c) < ((435168u - a) | (692574u + 707543u))) ? ((225362u << (d & 31u)) | c) : (((435168u - a) | (692574u + 707543u)) ^ 0x55u));
  a = mul_hi(521924u, ((d < (b + lid)) ? d : ((b + lid) ^ 0x55u)));
  tile[lid] = (lid - (a << (a & 31u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 20u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
