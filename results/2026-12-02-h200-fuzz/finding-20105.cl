struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (mul_hi((685699u << (rotate(57964u, y) & 31u)), x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (min(911488u, min(mul_hi(x, x), rotate(704461u, 118552u)))); y ^= x >> 3; x = x * 31u + (min(((y >> (x & 31u)) - (726179u / (613489u | 1u))), rotate((x >> (y & 31u)), (x | y)))); y ^= x >> 3; x = x * 31u + ((rotate(x, (x << (485310u & 31u))) >> (900544u & 31u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((rotate((x / (567957u | 1u)), (uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3)) - mul_hi(x, max(y, x)))); y ^= x >> 3; x = x * 31u + ((rotate(min(444615u, 60444u), max(y, x)) * x)); y ^= x >> 3; x = x * 31u + ((uint)(((int)((uint)(((int)((x >> (x & 31u)) & 0xffffu) - (int)(((x < 678400u) ? x : (678400u ^ 0x55u)) & 0xffffu)) / 3) & 0xffffu) - (int)(y & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = rotate((((gid < 1034627u) ? gid : (1034627u ^ 0x55u)) / ((b % (213269u | 1u)) | 1u)), c);
  g = clamp(fmax(((0.66f / (fabs(g) + 1.0f)) / (fabs((0.62f * (float)(a & 255u))) + 1.0f)), g), -1000.0f, 1000.0f);
  a = (((c >> (gid & 31u)) >> ((gid % (780470u | 1u)) & 31u)) << (((a % (d | 1u)) / (525018u | 1u)) & 31u));
  d = mul_hi((((127524u < 394096u) ? 127524u : (394096u ^ 0x55u)) << ((91137u >> (gid & 31u)) & 31u)), c);
  a ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  d = max(((a + lid) & d), d);
  d = mul_hi(lid, min(rotate(a, 229878u), rotate(lid, 967274u)));
  switch (c & 3u) { case 0: b += 1u; break; case 1: b ^= 457u; /* falls through */ case 2: b = rotate(min(lid, 977542u), a); break; default: b = rotate(b, 3u); }
  g = clamp((((float)(a & 255u) * g) + sqrt(fabs(f))), -1000.0f, 1000.0f);
  a ^= convert_uint_sat(fabs((sqrt(fabs((float)(a & 255u))) * (f / (fabs((float)(a & 255u)) + 1.0f)))) * 16.0f);
  c = mul_hi(mul_hi((gid | d), max(b, c)), (d ^ (922435u / (c | 1u))));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
