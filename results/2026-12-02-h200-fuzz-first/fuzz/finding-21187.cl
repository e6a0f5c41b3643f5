struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (min(y, ((x < max(780112u, 10706u)) ? x : (max(780112u, 10706u) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + (mul_hi(((x % (y | 1u)) >> ((y ^ y) & 31u)), rotate((977696u << (x & 31u)), (x - y)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((36127u >> (y & 31u)) * 320183u) - mul_hi((x | y), 503268u))); y ^= x >> 3; x = x * 31u + (526596u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b ^= convert_uint_sat(fabs(g) * 16.0f);
  b = max(607200u, mul_hi((d >> (lid & 31u)), (lid << (1001934u & 31u))));
  d = (c * (1020966u * ((287029u < 728157u) ? 287029u : (728157u ^ 0x55u))));
  f = clamp((((0.0f * g) + (f + g)) + fmin(f, (3.54f * f))), -1000.0f, 1000.0f);
  for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 1u) continue; a ^= convert_uint_sat(fabs((3.11f / (fabs(f) + 1.0f))) * 16.0f); }
  f = clamp(((float)(a & 255u) - 2.79f), -1000.0f, 1000.0f);
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 0u) continue; p[((d ^ a) + 4u) & 7u] = ((rotate(b, 683244u) < a) ? rotate(b, 683244u) : (a ^ 0x55u)); d += p[6u & 7u]; }
  a ^= convert_uint_sat(fabs((0.71f * fmin(1.47f, (float)(a & 255u)))) * 16.0f);
  tile[lid] = ((d - c) >> ((b ^ a) & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 19u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
