struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (max(((541086u ^ y) / (y | 1u)), mul_hi(((470939u < x) ? 470939u : (x ^ 0x55u)), max(y, x)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((y * y) % ((939499u | 77830u) | 1u)) + (x << ((x >> (y & 31u)) & 31u)))); y ^= x >> 3; x = x * 31u + (rotate(((524117u ^ x) - (x - y)), (x + (y << (y & 31u))))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((x < min(620915u, x)) ? x : (min(620915u, x) ^ 0x55u)) & 0xffffu) - (int)((((y << (y & 31u)) < max(x, x)) ? (y << (y & 31u)) : (max(x, x) ^ 0x55u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (1022417u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = h1((uint)(((int)(lid & 0xffffu) - (int)(c & 0xffffu)) / 3), a);
  for (int k = 0; k < 4; k++) { if ((a & 7u) == 1u) break; c = h1((gid * (73814u | 351355u)), ((uint)(((int)(b & 0xffffu) - (int)(b & 0xffffu)) / 3) + 530684u)); }
  d ^= convert_uint_sat(fabs(fmax(fmax((float)(a & 255u), g), f)) * 16.0f);
  g = clamp((clamp(fmax(g, g), -4.0f, 4.0f) * ((g + f) * f)), -1000.0f, 1000.0f);
  d = ((((lid % (a | 1u)) >> ((214465u & b) & 31u)) < ((d >> (632562u & 31u)) * ((d < 45587u) ? d : (45587u ^ 0x55u)))) ? ((lid % (a | 1u)) >> ((214465u & b) & 31u)) : (((d >> (632562u & 31u)) * ((d < 45587u) ? d : (45587u ^ 0x55u))) ^ 0x55u));
  if ((136363u * (lid * a)) < ((1013398u % (d | 1u)) & 632980u)) { g = clamp(fmax(f, (((float)(a & 255u) - f) * 3.65f)), -1000.0f, 1000.0f); } else { for (int k = 0; k < 4; k++) { if ((d & 7u) == 7u) break; c = ((max(d, gid) & mul_hi(gid, 362606u)) % (max(min(19384u, a), (a | 867661u)) | 1u)); } }
  d = (654439u | min((b - 833336u), rotate(b, 1011678u)));
  switch ((mul_hi(c, lid) | d) & 3u) { case 0: a += 1u; break; case 1: a ^= 966u; /* falls through */ case 2: a = ((max(d, a) < (a % (772735u | 1u))) ? max(d, a) : ((a % (772735u | 1u)) ^ 0x55u)); break; default: a = rotate(a, 3u); }
  c ^= convert_uint_sat(fabs(1.8f) * 16.0f);
  d = a;
  tile[lid] = ((gid + a) / (492363u | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 46u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
