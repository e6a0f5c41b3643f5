struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (max(((1025921u / (339107u | 1u)) % (x | 1u)), (x % ((x | 859279u) | 1u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((x < rotate(x, max(x, y))) ? x : (rotate(x, max(x, y)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (((uint)(((int)(((x < y) ? x : (y ^ 0x55u)) & 0xffffu) - (int)(y & 0xffffu)) / 3) % ((uint)(((int)((x & 21309u) & 0xffffu) - (int)(x & 0xffffu)) / 3) | 1u))); y ^= x >> 3; x = x * 31u + ((((x * y) << (rotate(924244u, 865548u) & 31u)) & ((517676u % (x | 1u)) ^ (152765u % (y | 1u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 4; k++) { if ((c & 7u) == 2u) break; b = h1(((b - a) << (rotate(d, lid) & 31u)), (mul_hi(974802u, gid) - (gid - 179219u))); }
  a = ((((903397u < b) ? 903397u : (b ^ 0x55u)) % (86281u | 1u)) - max(((914924u < 622071u) ? 914924u : (622071u ^ 0x55u)), max(589028u, b)));
  a = h1(rotate((c - 574809u), (lid & 27640u)), ((c * 253214u) >> ((a * d) & 31u)));
  d ^= convert_uint_sat(fabs(1.52f) * 16.0f);
  a = (b >> ((mul_hi(90078u, 267197u) | (245627u / (b | 1u))) & 31u));
  p[((a * lid) + 7u) & 7u] = (mul_hi(d, 74587u) - mul_hi(573923u, b)); b += p[1u & 7u];
  switch (188481u & 3u) { case 0: d += 1u; break; case 1: d ^= 726u; /* falls through */ case 2: d = (((960219u < 1043729u) ? 960219u : (1043729u ^ 0x55u)) | c); break; default: d = rotate(d, 3u); }
  p[(404434u + 0u) & 7u] = a; b += p[3u & 7u];
  tile[lid] = (((990667u << (gid & 31u)) < (313675u | a)) ? (990667u << (gid & 31u)) : ((313675u | a) ^ 0x55u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 39u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
