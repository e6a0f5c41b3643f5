struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((x << (x & 31u)) / (((y < y) ? y : (y ^ 0x55u)) | 1u)) ^ y)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((y + y) >> ((y | x) & 31u)) % (((118507u % (x | 1u)) / (y | 1u)) | 1u))); y ^= x >> 3; x = x * 31u + ((min(((y < 539433u) ? y : (539433u ^ 0x55u)), mul_hi(y, x)) >> (max((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3), (x % (y | 1u))) & 31u))); y ^= x >> 3; x = x * 31u + ((((mul_hi(x, 50900u) < 795269u) ? mul_hi(x, 50900u) : (795269u ^ 0x55u)) << (y & 31u))); y ^= x >> 3; x = x * 31u + (279977u); y ^= x >> 3; x = x * 31u + ((((968673u << (57604u & 31u)) << ((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3) & 31u)) & 343999u)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = min(((d + c) % ((c % (gid | 1u)) | 1u)), (a | (715840u + 372570u)));
  a = ((((b >> (b & 31u)) % ((d >> (gid & 31u)) | 1u)) < ((lid & 770833u) ^ (uint)(((int)(294006u & 0xffffu) - (int)(a & 0xffffu)) / 3))) ? ((b >> (b & 31u)) % ((d >> (gid & 31u)) | 1u)) : (((lid & 770833u) ^ (uint)(((int)(294006u & 0xffffu) - (int)(a & 0xffffu)) / 3)) ^ 0x55u));
  c ^= convert_uint_sat(fabs(sqrt(fabs(3.93f))) * 16.0f);
  if (max(c, max(b, 700589u)) != d) { switch ((253402u ^ a) & 3u) { case 0: c += 1u; break; case 1: c ^= 734u; /* falls through */ case 2: c = 973023u; break; default: c = rotate(c, 3u); } } else { a = h0(((d | b) % ((lid | d) | 1u)), 503708u); }
  p[(c + 6u) & 7u] = min(a, (b * c)); d += p[6u & 7u];
  d ^= convert_uint_sat(fabs((sqrt(fabs((float)(a & 255u))) / (fabs((g * 0.44f)) + 1.0f))) * 16.0f);
  p[(mul_hi(lid, gid) + 2u) & 7u] = ((1040265u % (290084u | 1u)) * a); a += p[0u & 7u];
  b = h1((((c * c) < gid) ? (c * c) : (gid ^ 0x55u)), rotate((b >> (947605u & 31u)), (b - 423731u)));
  switch ((rotate(d, 4324u) | rotate(b, d)) & 3u) { case 0: c += 1u; break; case 1: c ^= 563u; /* falls through */ case 2: c = min((uint)(((int)(lid & 0xffffu) - (int)(d & 0xffffu)) / 3), 98361u); break; default: c = rotate(c, 3u); }
  tile[lid] = (d * (d >> (d & 31u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 23u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
