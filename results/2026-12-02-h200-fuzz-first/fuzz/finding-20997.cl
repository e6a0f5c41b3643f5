struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((754729u % (927778u | 1u)) >> (574584u & 31u)) / (127131u | 1u))); y ^= x >> 3; x = x * 31u + (rotate(234064u, ((x * x) & 721089u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((uint)(((int)(670908u & 0xffffu) - (int)(860803u & 0xffffu)) / 3) < mul_hi((uint)(((int)(x & 0xffffu) - (int)(97757u & 0xffffu)) / 3), (218316u % (811422u | 1u)))) ? (uint)(((int)(670908u & 0xffffu) - (int)(860803u & 0xffffu)) / 3) : (mul_hi((uint)(((int)(x & 0xffffu) - (int)(97757u & 0xffffu)) / 3), (218316u % (811422u | 1u))) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (((rotate(210098u, x) + (y * x)) + (y << (rotate(y, y) & 31u)))); y ^= x >> 3; x = x * 31u + (rotate(y, (306444u + (179920u - x)))); y ^= x >> 3; x = x * 31u + (((mul_hi(883304u, y) & x) + x)); y ^= x >> 3; x = x * 31u + ((((x & y) ^ (uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3)) | 824265u)); y ^= x >> 3; x = x * 31u + (((uint)(((int)(min(y, 11686u) & 0xffffu) - (int)(min(x, 615366u) & 0xffffu)) / 3) & ((x - y) * max(y, y)))); y ^= x >> 3; x = x * 31u + (rotate(mul_hi(668769u, (uint)(((int)(387689u & 0xffffu) - (int)(757989u & 0xffffu)) / 3)), y)); y ^= x >> 3; x = x * 31u + (96993u); y ^= x >> 3; x = x * 31u + ((x >> (((58927u * x) & ((x < 394468u) ? x : (394468u ^ 0x55u))) & 31u))); y ^= x >> 3; x = x * 31u + (150267u); y ^= x >> 3; x = x * 31u + (rotate(((y * y) % ((397902u / (y | 1u)) | 1u)), y)); y ^= x >> 3; x = x * 31u + (((mul_hi(356508u, y) - (41372u & 345887u)) << (mul_hi(x, mul_hi(y, x)) & 31u))); y ^= x >> 3; x = x * 31u + (rotate(max((890826u % (x | 1u)), (x - y)), 1029730u)); y ^= x >> 3; x = x * 31u + (((((x | x) < x) ? (x | x) : (x ^ 0x55u)) >> (((x ^ x) ^ ((902855u < 450778u) ? 902855u : (450778u ^ 0x55u))) & 31u))); y ^= x >> 3; x = x * 31u + (571102u); y ^= x >> 3; x = x * 31u + (((882481u / ((y | x) | 1u)) * x)); y ^= x >> 3; x = x * 31u + (((((x & 195667u) + max(y, y)) < ((x + x) << (min(y, y) & 31u))) ? ((x & 195667u) + max(y, y)) : (((x + x) << (min(y, y) & 31u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (((((953607u >> (x & 31u)) / (mul_hi(x, y) | 1u)) < x) ? ((953607u >> (x & 31u)) / (mul_hi(x, y) | 1u)) : (x ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(rotate((940960u << (1005143u & 31u)), y) & 0xffffu) - (int)(((926586u + x) | (y - x)) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = (((b - 57173u) & mul_hi(811079u, b)) >> ((gid - (a - d)) & 31u));
  b = a;
  tile[lid] = ((b % (d | 1u)) >> (mul_hi(548513u, 1034149u) & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 58u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
