struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (min((max(y, x) / (x | 1u)), y)); y ^= x >> 3; x = x * 31u + ((381246u * ((y << (547012u & 31u)) << ((x & y) & 31u)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(max((y * 541263u), y) & 0xffffu) - (int)(y & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (505575u); y ^= x >> 3; x = x * 31u + (241635u); y ^= x >> 3; x = x * 31u + ((uint)(((int)(114090u & 0xffffu) - (int)(((611937u % (593347u | 1u)) ^ (x >> (113451u & 31u))) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (min((953388u * d), (229341u * a)) > ((516416u | c) / (b | 1u))) { c ^= convert_uint_sat(fabs(sqrt(fabs(g))) * 16.0f); } else { g = clamp(clamp((fmin(0.42f, f) * (2.87f + f)), -4.0f, 4.0f), -1000.0f, 1000.0f); }
  for (int k = 0; k < 1; k++) {  if (gid > min(lid, lid)) { a ^= convert_uint_sat(fabs(fmin(g, fmax(g, (float)(a & 255u)))) * 16.0f); } else { f = clamp((sqrt(fabs((f * g))) * 1.98f), -1000.0f, 1000.0f); } }
  p[((c & lid) + 5u) & 7u] = (lid * (gid / (117575u | 1u))); a += p[6u & 7u];
  c ^= convert_uint_sat(fabs(g) * 16.0f);
  g = clamp(sqrt(fabs(((g / (fabs(f) + 1.0f)) / (fabs(g) + 1.0f)))), -1000.0f, 1000.0f);
  c = (a - (uint)(((int)(max(lid, d) & 0xffffu) - (int)((215522u / (835674u | 1u)) & 0xffffu)) / 3));
  c = h1((uint)(((int)(mul_hi(d, gid) & 0xffffu) - (int)((886549u / (a | 1u)) & 0xffffu)) / 3), ((1008367u | gid) / ((b ^ c) | 1u)));
  b = (299298u / (max(320634u, d) | 1u));
  tile[lid] = ((399226u * d) / ((818516u >> (128050u & 31u)) | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 18u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
