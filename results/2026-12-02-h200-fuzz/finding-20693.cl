struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((x - (y ^ y)) < (x << ((x + 164889u) & 31u))) ? (x - (y ^ y)) : ((x << ((x + 164889u) & 31u)) ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((((x < x) ? x : (x ^ 0x55u)) ^ (y / (830315u | 1u))) ^ (x % ((x | 741327u) | 1u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (max(y, (627873u + x))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (650774u); y ^= x >> 3; x = x * 31u + (17671u); y ^= x >> 3; x = x * 31u + (((y << (y & 31u)) & mul_hi((x >> (x & 31u)), y))); y ^= x >> 3; x = x * 31u + (513453u); y ^= x >> 3; x = x * 31u + ((((y % (577604u | 1u)) << (((y < 502050u) ? y : (502050u ^ 0x55u)) & 31u)) & y)); y ^= x >> 3; x = x * 31u + (rotate((((826267u < x) ? 826267u : (x ^ 0x55u)) - 765430u), max(x, (x ^ y)))); y ^= x >> 3; x = x * 31u + ((x & (y % ((722786u ^ x) | 1u)))); y ^= x >> 3; x = x * 31u + ((((786045u ^ x) & rotate(x, 48802u)) - rotate((uint)(((int)(x & 0xffffu) - (int)(64770u & 0xffffu)) / 3), min(x, y)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = (d * ((328412u / (d | 1u)) / ((802932u >> (917195u & 31u)) | 1u)));
  switch ((min(lid, 256819u) * 55496u) & 3u) { case 0: a += 1u; break; case 1: a ^= 913u; /* falls through */ case 2: a = ((981750u < ((d < a) ? d : (a ^ 0x55u))) ? 981750u : (((d < a) ? d : (a ^ 0x55u)) ^ 0x55u)); break; default: a = rotate(a, 3u); }
  a = (((uint)(((int)(297680u & 0xffffu) - (int)(gid & 0xffffu)) / 3) * min(gid, gid)) ^ 731722u);
  if (b > (((a < 517974u) ? a : (517974u ^ 0x55u)) & (768562u >> (d & 31u)))) { switch ((mul_hi(29805u, lid) + (b ^ 226348u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 384u; /* falls through */ case 2: c = (gid + ((216092u < d) ? 216092u : (d ^ 0x55u))); break; default: c = rotate(c, 3u); } } else { b ^= convert_uint_sat(fabs(fmin(sqrt(fabs(2.91f)), sqrt(fabs((float)(a & 255u))))) * 16.0f); }
  a = h0(512611u, ((a / (b | 1u)) % (gid | 1u)));
  for (int k = 0; k < 5; k++) { if ((a & 7u) == 5u) break; a = (rotate(243187u, rotate(84511u, lid)) >> (b & 31u)); }
  for (int k = 0; k < 6; k++) { if ((a & 7u) == 4u) break; for (int k = 0; k < 6; k++) { if ((b & 7u) == 2u) break; f = clamp((((f * g) - clamp((float)(a & 255u), -4.0f, 4.0f)) * clamp(sqrt(fabs((float)(a & 255u))), -4.0f, 4.0f)), -1000.0f, 1000.0f); } }
  d = (max((gid - gid), (b ^ lid)) * (a | rotate(c, lid)));
  a = min(131590u, rotate((d | 299270u), (325998u | 57567u)));
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
