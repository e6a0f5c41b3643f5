struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((min(y, (718254u % (y | 1u))) ^ y)); y ^= x >> 3; x = x * 31u + (min(max((161618u >> (34869u & 31u)), (x << (x & 31u))), ((x * x) / ((y & y) | 1u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((y + 918620u)); y ^= x >> 3; x = x * 31u + ((((x & y) >> (y & 31u)) * (x << ((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3) & 31u)))); y ^= x >> 3; x = x * 31u + (((y + (x * x)) << (((730617u << (y & 31u)) & ((975978u < y) ? 975978u : (y ^ 0x55u))) & 31u))); y ^= x >> 3; x = x * 31u + ((min(mul_hi(184596u, x), (uint)(((int)(888149u & 0xffffu) - (int)(y & 0xffffu)) / 3)) % ((min(y, x) | x) | 1u))); y ^= x >> 3; x = x * 31u + ((((933558u & 832064u) ^ (695165u - 1000400u)) + min((x - 675862u), ((972518u < 65952u) ? 972518u : (65952u ^ 0x55u))))); y ^= x >> 3; x = x * 31u + ((989735u + y)); y ^= x >> 3; x = x * 31u + (((((342050u & x) < min(y, 320176u)) ? (342050u & x) : (min(y, 320176u) ^ 0x55u)) | (y & (385071u - 221344u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((mul_hi((y / (848389u | 1u)), (375272u % (288413u | 1u))) + y)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (rotate(x, min((y / (472266u | 1u)), max(y, y)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((max(x, x) >> ((x * y) & 31u)) >> (614165u & 31u))); y ^= x >> 3; x = x * 31u + (57992u); y ^= x >> 3; x = x * 31u + (720509u); y ^= x >> 3; x = x * 31u + (((((x + y) < rotate(y, y)) ? (x + y) : (rotate(y, y) ^ 0x55u)) % (((x * y) & max(x, 251773u)) | 1u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (mul_hi((uint)(((int)((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3) & 0xffffu) - (int)((y ^ 778173u) & 0xffffu)) / 3), 942169u)); y ^= x >> 3; x = x * 31u + (rotate(((952742u ^ y) & (825068u << (323909u & 31u))), 576631u)); y ^= x >> 3; x = x * 31u + (((rotate(x, y) / ((749442u * y) | 1u)) << (mul_hi(((x < x) ? x : (x ^ 0x55u)), x) & 31u))); y ^= x >> 3; x = x * 31u + ((x << ((max(81950u, y) + (545955u + x)) & 31u))); y ^= x >> 3; x = x * 31u + (((((x * 567280u) < y) ? (x * 567280u) : (y ^ 0x55u)) & (396422u | min(994041u, y)))); y ^= x >> 3; x = x * 31u + (mul_hi(mul_hi(rotate(x, 358678u), (x / (x | 1u))), (min(y, 419131u) | ((y < y) ? y : (y ^ 0x55u))))); y ^= x >> 3; x = x * 31u + ((((x & y) / (y | 1u)) % (min((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3), (879737u << (y & 31u))) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 4; k++) { if ((a & 7u) == 6u) break; if (min((c + a), rotate(d, d)) < (a % (min(gid, b) | 1u))) { a ^= convert_uint_sat(fabs(((3.11f * (float)(a & 255u)) - (float)(a & 255u))) * 16.0f); } else { d = 746318u; } }
  atomic_add(&acc[2u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
