struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((uint)(((int)(365795u & 0xffffu) - (int)(mul_hi(min(334080u, y), mul_hi(x, 988507u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (min(mul_hi((884735u << (102767u & 31u)), min(x, 599655u)), rotate((x >> (y & 31u)), y))); y ^= x >> 3; x = x * 31u + (mul_hi(rotate(x, (39000u >> (y & 31u))), (mul_hi(x, 688431u) - (641990u + x)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (max(y, (((x < y) ? x : (y ^ 0x55u)) + ((y < x) ? y : (x ^ 0x55u))))); y ^= x >> 3; x = x * 31u + (max(y, y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  f = clamp(1.6f, -1000.0f, 1000.0f);
  c ^= convert_uint_sat(fabs(clamp(1.51f, -4.0f, 4.0f)) * 16.0f);
  switch (((lid | c) ^ 609421u) & 3u) { case 0: a += 1u; break; case 1: a ^= 479u; /* falls through */ case 2: a = 378536u; break; default: a = rotate(a, 3u); }
  d = (((lid - 830803u) * 240892u) + ((248448u | b) << ((c * 541037u) & 31u)));
  if (max(min(a, gid), (c + 1018363u)) < 471824u) { for (int k = 0; k < 1; k++) {  b ^= convert_uint_sat(fabs(fmax(fmin(f, f), g)) * 16.0f); } } else { a = (uint)(((int)(((max(gid, gid) < (lid / (d | 1u))) ? max(gid, gid) : ((lid / (d | 1u)) ^ 0x55u)) & 0xffffu) - (int)(715697u & 0xffffu)) / 3); }
  a ^= convert_uint_sat(fabs(clamp(((float)(a & 255u) / (fabs(f) + 1.0f)), -4.0f, 4.0f)) * 16.0f);
  b = h1((uint)(((int)((989800u - lid) & 0xffffu) - (int)((c | 495966u) & 0xffffu)) / 3), ((a << (101256u & 31u)) >> (d & 31u)));
  c = (((uint)(((int)(lid & 0xffffu) - (int)(c & 0xffffu)) / 3) % ((769383u * d) | 1u)) & ((964596u ^ 456670u) * b));
  switch (17459u & 3u) { case 0: b += 1u; break; case 1: b ^= 757u; /* falls through */ case 2: b = ((c | lid) | (1042104u % (gid | 1u))); break; default: b = rotate(b, 3u); }
  a = ((526489u - (788314u << (c & 31u))) / (b | 1u));
  tile[lid] = min(d, (b ^ d)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 25u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
