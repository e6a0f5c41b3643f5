struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((785137u >> (904080u & 31u))); y ^= x >> 3; x = x * 31u + ((((y + y) | x) - 9182u)); y ^= x >> 3; x = x * 31u + (rotate((((x < 625924u) ? x : (625924u ^ 0x55u)) | (516468u - 888550u)), min((y % (597133u | 1u)), (x | y)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((uint)(((int)((mul_hi(x, x) / ((y / (x | 1u)) | 1u)) & 0xffffu) - (int)(((x + 801204u) % ((y / (x | 1u)) | 1u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (894376u); y ^= x >> 3; x = x * 31u + ((rotate(min(y, x), (208914u % (x | 1u))) >> ((uint)(((int)(min(472462u, 605676u) & 0xffffu) - (int)(mul_hi(1008078u, x) & 0xffffu)) / 3) & 31u))); y ^= x >> 3; x = x * 31u + (((1027025u - 361268u) - ((y - x) + max(y, 585760u)))); y ^= x >> 3; x = x * 31u + ((((y / (13406u | 1u)) & rotate(x, y)) + ((y & 935568u) / (710179u | 1u)))); y ^= x >> 3; x = x * 31u + (((x / (mul_hi(x, x) | 1u)) + ((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) * max(x, 717934u)))); y ^= x >> 3; x = x * 31u + ((x ^ ((3668u | x) - (12720u ^ 610419u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = h0(rotate(min(b, 88186u), (716144u | c)), (c ^ lid));
  for (int k = 0; k < 1; k++) {  a = h1(d, (mul_hi(a, d) & max(lid, c))); }
  d = (uint)(((int)((rotate(947278u, 36756u) % (b | 1u)) & 0xffffu) - (int)(d & 0xffffu)) / 3);
  switch (c & 3u) { case 0: d += 1u; break; case 1: d ^= 294u; /* falls through */ case 2: d = (((a / (737519u | 1u)) < 88066u) ? (a / (737519u | 1u)) : (88066u ^ 0x55u)); break; default: d = rotate(d, 3u); }
  a = gid;
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 0u) continue; c = b; }
  a ^= convert_uint_sat(fabs(((f + g) * g)) * 16.0f);
  tile[lid] = ((lid << (b & 31u)) % ((186985u & gid) | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 54u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
