struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((y - ((y * 463218u) / ((222071u + x) | 1u)))); y ^= x >> 3; x = x * 31u + (min(y, min((x & x), ((x < x) ? x : (x ^ 0x55u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = h0(((d & gid) >> (b & 31u)), (b + rotate(b, 1016132u)));
  c = h0(gid, ((a ^ b) + (uint)(((int)(653473u & 0xffffu) - (int)(a & 0xffffu)) / 3)));
  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 0u) continue; c = b; }
  for (int k = 0; k < 6; k++) {  if (rotate((a * c), (941868u / (c | 1u))) == c) { b = d; } else { p[((uint)(((int)(lid & 0xffffu) - (int)(b & 0xffffu)) / 3) + 0u) & 7u] = (lid % ((b / (c | 1u)) | 1u)); d += p[2u & 7u]; } }
  if (((gid & d) >> ((747970u - 221443u) & 31u)) < ((b ^ b) & ((490788u < 152418u) ? 490788u : (152418u ^ 0x55u)))) { d ^= convert_uint_sat(fabs(fmin(fmax(3.27f, g), fmax((float)(a & 255u), f))) * 16.0f); } else { switch (b & 3u) { case 0: c += 1u; break; case 1: c ^= 247u; /* falls through */ case 2: c = ((uint)(((int)(gid & 0xffffu) - (int)(lid & 0xffffu)) / 3) & (gid >> (d & 31u))); break; default: c = rotate(c, 3u); } }
  d = min(rotate((uint)(((int)(gid & 0xffffu) - (int)(d & 0xffffu)) / 3), 425226u), c);
  c = min(((301625u & 336107u) + 1000990u), (mul_hi(a, b) % (max(c, d) | 1u)));
  d = (mul_hi(893359u, d) ^ (mul_hi(lid, c) >> ((lid ^ d) & 31u)));
  a = h0(b, mul_hi((d | gid), max(546597u, 318505u)));
  d ^= convert_uint_sat(fabs((fmin(f, f) / (fabs((g - f)) + 1.0f))) * 16.0f);
  p[(lid + 4u) & 7u] = rotate((b >> (d & 31u)), (uint)(((int)(d & 0xffffu) - (int)(b & 0xffffu)) / 3)); c += p[1u & 7u];
  tile[lid] = max((796771u % (lid | 1u)), gid); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 59u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
