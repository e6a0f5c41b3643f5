struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((x ^ y) >> (x & 31u)) & 0xffffu) - (int)(((x & y) | (y - x)) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((834315u + (max(x, 274260u) << ((x % (530679u | 1u)) & 31u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((min(974599u, (727832u << (599425u & 31u))) >> (162149u & 31u))); y ^= x >> 3; x = x * 31u + (min(rotate((966770u - 246869u), (y << (y & 31u))), (max(731117u, y) + (x + 583948u)))); y ^= x >> 3; x = x * 31u + (646989u); y ^= x >> 3; x = x * 31u + (max(((y - x) - (764611u >> (x & 31u))), ((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3) >> ((x / (y | 1u)) & 31u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3) + min(533149u, y)) | 567868u)); y ^= x >> 3; x = x * 31u + (rotate(((y | y) - (x % (x | 1u))), (rotate(y, y) % ((565397u ^ y) | 1u)))); y ^= x >> 3; x = x * 31u + ((min((y + x), (x % (164224u | 1u))) | 345428u)); y ^= x >> 3; x = x * 31u + (472862u); y ^= x >> 3; x = x * 31u + (((y | (y * x)) & max((y & 565629u), (x << (653925u & 31u))))); y ^= x >> 3; x = x * 31u + (rotate(((uint)(((int)(157610u & 0xffffu) - (int)(y & 0xffffu)) / 3) | y), (x % ((29695u / (x | 1u)) | 1u)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(467084u & 0xffffu) - (int)(max((1019947u ^ 329003u), (66664u % (973136u | 1u))) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (242614u); y ^= x >> 3; x = x * 31u + ((max(x, (833180u << (466516u & 31u))) % (919244u | 1u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((max(mul_hi(y, x), min(x, 479943u)) * ((376802u % (1008603u | 1u)) % (((x < x) ? x : (x ^ 0x55u)) | 1u)))); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3) / (mul_hi(595127u, y) | 1u)) + max((167265u % (x | 1u)), (y & 643736u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((((484943u & 886442u) < (x - y)) ? (484943u & 886442u) : ((x - y) ^ 0x55u)) & 1016413u)); y ^= x >> 3; x = x * 31u + ((x % (((y >> (y & 31u)) | (x << (228152u & 31u))) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 6; k++) { if ((a & 7u) == 1u) break; d ^= convert_uint_sat(fabs((1.88f + 2.17f)) * 16.0f); }
  p[((c << (lid & 31u)) + 0u) & 7u] = min((515520u | 665212u), min(a, d)); c += p[5u & 7u];
  b ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  switch ((c * d) & 3u) { case 0: d += 1u; break; case 1: d ^= 508u; /* falls through */ case 2: d = min((b & d), a); break; default: d = rotate(d, 3u); }
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 1u) continue; a ^= convert_uint_sat(fabs(clamp(fmin(3.32f, f), -4.0f, 4.0f)) * 16.0f); }
  p[(c + 0u) & 7u] = (d - (uint)(((int)(gid & 0xffffu) - (int)(194063u & 0xffffu)) / 3)); b += p[0u & 7u];
  f = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  d = h1((mul_hi(861268u, 957044u) * lid), rotate((c | 918201u), (395574u - 620616u)));
  b = h1((d * (gid ^ lid)), rotate((1015893u & gid), (1009327u - 712493u)));
  c ^= convert_uint_sat(fabs(((g + g) + ((float)(a & 255u) + g))) * 16.0f);
  p[((948424u % (960914u | 1u)) + 4u) & 7u] = mul_hi(min(b, c), 781379u); d += p[6u & 7u];
  atomic_add(&acc[0u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
