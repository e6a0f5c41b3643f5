struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((uint)(((int)(193220u & 0xffffu) - (int)(11072u & 0xffffu)) / 3) ^ (985538u % (589714u | 1u))) << (y & 31u))); y ^= x >> 3; x = x * 31u + (((x & ((y < 630603u) ? y : (630603u ^ 0x55u))) >> (((x ^ y) >> (859995u & 31u)) & 31u))); y ^= x >> 3; x = x * 31u + (((x << (y & 31u)) + ((x % (x | 1u)) + (x * 614717u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if ((b >> (rotate(39577u, c) & 31u)) == mul_hi((c / (946854u | 1u)), min(d, d))) { d = h0(((372560u / (c | 1u)) | (b & gid)), ((78573u & lid) % ((gid & gid) | 1u))); } else { a = min(mul_hi(c, (uint)(((int)(213015u & 0xffffu) - (int)(lid & 0xffffu)) / 3)), (((455972u | gid) < (c % (d | 1u))) ? (455972u | gid) : ((c % (d | 1u)) ^ 0x55u))); }
  if (((83688u % (lid | 1u)) + mul_hi(b, a)) == 660911u) { for (int k = 0; k < 4; k++) {  g = clamp(fmax(0.74f, f), -1000.0f, 1000.0f); } } else { f = clamp(clamp((3.35f * (f - f)), -4.0f, 4.0f), -1000.0f, 1000.0f); }
  switch (d & 3u) { case 0: b += 1u; break; case 1: b ^= 305u; /* falls through */ case 2: b = min(gid, ((995330u < gid) ? 995330u : (gid ^ 0x55u))); break; default: b = rotate(b, 3u); }
  f = clamp(sqrt(fabs(f)), -1000.0f, 1000.0f);
  switch (b & 3u) { case 0: b += 1u; break; case 1: b ^= 286u; /* falls through */ case 2: b = a; break; default: b = rotate(b, 3u); }
  c ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  f = clamp(fmin(f, clamp(0.25f, -4.0f, 4.0f)), -1000.0f, 1000.0f);
  if (mul_hi(gid, (b >> (b & 31u))) > mul_hi(min(23676u, 868648u), (uint)(((int)(lid & 0xffffu) - (int)(626935u & 0xffffu)) / 3))) { d = ((min(282467u, c) % ((b ^ c) | 1u)) >> ((mul_hi(b, gid) & min(788020u, d)) & 31u)); } else { for (int k = 0; k < 5; k++) { if ((b & 7u) == 7u) break; a = lid; } }
  for (int k = 0; k < 6; k++) {  if ((mul_hi(gid, d) & max(525u, 941166u)) > (lid >> ((b << (b & 31u)) & 31u))) { b ^= convert_uint_sat(fabs(g) * 16.0f); } else { d = (mul_hi(((c < b) ? c : (b ^ 0x55u)), c) + 70283u); } }
  b ^= convert_uint_sat(fabs((1.35f + sqrt(fabs(g)))) * 16.0f);
  for (int k = 0; k < 3; k++) { if ((a & 7u) == 6u) break; d = b; }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
