struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((x | x) | (544744u + 192178u)) - y)); y ^= x >> 3; x = x * 31u + (min(mul_hi((x / (918092u | 1u)), (x << (x & 31u))), y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((483368u >> (265949u & 31u)) - y) ^ 67169u)); y ^= x >> 3; x = x * 31u + ((((y * x) ^ ((x < y) ? x : (y ^ 0x55u))) | max(mul_hi(y, 1009206u), x))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((y + y) + (max(929376u, 237517u) & x))); y ^= x >> 3; x = x * 31u + (max(y, (mul_hi(785283u, 1001011u) - y))); y ^= x >> 3; x = x * 31u + (min(mul_hi(y, (709714u | x)), mul_hi(((635366u < y) ? 635366u : (y ^ 0x55u)), mul_hi(x, x)))); y ^= x >> 3; x = x * 31u + ((55808u * min((x << (x & 31u)), rotate(x, y)))); y ^= x >> 3; x = x * 31u + (max(1021274u, 428449u)); y ^= x >> 3; x = x * 31u + (165952u); y ^= x >> 3; x = x * 31u + ((x << (max((695502u / (x | 1u)), mul_hi(x, x)) & 31u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((uint)(((int)(1001304u & 0xffffu) - (int)((y | x) & 0xffffu)) / 3) | x)); y ^= x >> 3; x = x * 31u + ((((379511u % (y | 1u)) - max(x, 688606u)) - (467390u ^ (848998u ^ 171892u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((((x * y) ^ (x - x)) & (1033261u << ((y << (136086u & 31u)) & 31u)))); y ^= x >> 3; x = x * 31u + (435081u); y ^= x >> 3; x = x * 31u + (min(y, y)); y ^= x >> 3; x = x * 31u + (((rotate(y, y) + 142135u) ^ mul_hi(y, ((y < y) ? y : (y ^ 0x55u))))); y ^= x >> 3; x = x * 31u + ((((x >> (644152u & 31u)) / (960233u | 1u)) >> ((uint)(((int)((465292u << (571888u & 31u)) & 0xffffu) - (int)((x - y) & 0xffffu)) / 3) & 31u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((x >> ((min(x, x) / (max(y, 564703u) | 1u)) & 31u))); y ^= x >> 3; x = x * 31u + (min(x, ((y / (y | 1u)) | mul_hi(580672u, y)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 6; k++) { if ((b & 7u) == 5u) break; b ^= convert_uint_sat(fabs(clamp((f * (float)(a & 255u)), -4.0f, 4.0f)) * 16.0f); }
  b = h1((uint)(((int)(674154u & 0xffffu) - (int)(mul_hi(b, 561194u) & 0xffffu)) / 3), b);
  c = (max((uint)(((int)(d & 0xffffu) - (int)(a & 0xffffu)) / 3), a) - ((gid % (d | 1u)) & b));
  b = h1(1035413u, mul_hi((d / (b | 1u)), (465129u >> (702979u & 31u))));
  d = h0(b, (d % ((lid - gid) | 1u)));
  for (int k = 0; k < 6; k++) { if ((d & 7u) == 7u) break; switch (508399u & 3u) { case 0: d += 1u; break; case 1: d ^= 277u; /* falls through */ case 2: d = (uint)(((int)((d << (a & 31u)) & 0xffffu) - (int)(((b < d) ? b : (d ^ 0x55u)) & 0xffffu)) / 3); break; default: d = rotate(d, 3u); } }
  if (((a % (c | 1u)) & 246479u) < ((d < max(lid, 858961u)) ? d : (max(lid, 858961u) ^ 0x55u))) { a ^= convert_uint_sat(fabs((fmax(2.52f, (float)(a & 255u)) / (fabs(fmin((float)(a & 255u), (float)(a & 255u))) + 1.0f))) * 16.0f); } else { p[(lid + 0u) & 7u] = ((d + a) << (rotate(d, 22083u) & 31u)); a += p[6u & 7u]; }
  tile[lid] = b; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 24u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
