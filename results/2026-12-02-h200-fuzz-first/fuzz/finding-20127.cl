struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((min(((y < y) ? y : (y ^ 0x55u)), (879805u * x)) % (735985u | 1u))); y ^= x >> 3; x = x * 31u + (max((min(y, x) | (x / (y | 1u))), (max(y, x) / (x | 1u)))); y ^= x >> 3; x = x * 31u + ((279317u / (min(rotate(1004937u, x), y) | 1u))); y ^= x >> 3; x = x * 31u + ((y ^ mul_hi(max(x, y), (y >> (680627u & 31u))))); y ^= x >> 3; x = x * 31u + (rotate(rotate((y / (732917u | 1u)), (x + y)), rotate((500894u + x), x))); y ^= x >> 3; x = x * 31u + ((min(784274u, (y + x)) + (mul_hi(y, y) | x))); y ^= x >> 3; x = x * 31u + (((x << (y & 31u)) - (min(882932u, x) | x))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(rotate((y >> (99454u & 31u)), rotate(x, x)) & 0xffffu) - (int)(rotate((704951u + y), mul_hi(700220u, y)) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch ((max(c, lid) / ((a & c) | 1u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 978u; /* falls through */ case 2: c = (b * gid); break; default: c = rotate(c, 3u); }
  c = 956956u;
  for (int k = 0; k < 6; k++) { if ((c & 7u) == 2u) break; c ^= convert_uint_sat(fabs(f) * 16.0f); }
  switch ((rotate(b, 91777u) % ((a + b) | 1u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 667u; /* falls through */ case 2: b = max((735322u % (244001u | 1u)), ((732709u < gid) ? 732709u : (gid ^ 0x55u))); break; default: b = rotate(b, 3u); }
  switch (gid & 3u) { case 0: d += 1u; break; case 1: d ^= 620u; /* falls through */ case 2: d = mul_hi(((682248u < a) ? 682248u : (a ^ 0x55u)), (lid * 957778u)); break; default: d = rotate(d, 3u); }
  a ^= convert_uint_sat(fabs((2.3f - ((float)(a & 255u) - g))) * 16.0f);
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 1u) continue; p[((a * c) + 1u) & 7u] = max((584627u << (c & 31u)), max(gid, c)); b += p[1u & 7u]; }
  for (int k = 0; k < 3; k++) {  if ((uint)(((int)((gid + d) & 0xffffu) - (int)((lid << (d & 31u)) & 0xffffu)) / 3) > (((d < a) ? d : (a ^ 0x55u)) << ((uint)(((int)(gid & 0xffffu) - (int)(852358u & 0xffffu)) / 3) & 31u))) { b ^= convert_uint_sat(fabs(((3.96f + 0.22f) + clamp(f, -4.0f, 4.0f))) * 16.0f); } else { g = clamp(sqrt(fabs(clamp(((float)(a & 255u) * 0.98f), -4.0f, 4.0f))), -1000.0f, 1000.0f); } }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
