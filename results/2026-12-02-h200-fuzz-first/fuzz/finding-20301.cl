struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[((a / (551315u | 1u)) + 1u) & 7u] = (((gid ^ gid) < max(gid, a)) ? (gid ^ gid) : (max(gid, a) ^ 0x55u)); a += p[1u & 7u];
  d ^= convert_uint_sat(fabs((g * clamp(f, -4.0f, 4.0f))) * 16.0f);
  a ^= convert_uint_sat(fabs((f / (fabs((g * 0.14f)) + 1.0f))) * 16.0f);
  if (a == ((259848u * 663165u) - max(190905u, d))) { p[(rotate(a, b) + 2u) & 7u] = min(min(a, b), (gid % (lid | 1u))); d += p[2u & 7u]; } else { b = ((c / (115632u | 1u)) << ((gid << ((563971u / (138819u | 1u)) & 31u)) & 31u)); }
  f = clamp(fmax(fmin(clamp(f, -4.0f, 4.0f), sqrt(fabs((float)(a & 255u)))), ((g / (fabs((float)(a & 255u)) + 1.0f)) + clamp(0.85f, -4.0f, 4.0f))), -1000.0f, 1000.0f);
  switch (209488u & 3u) { case 0: a += 1u; break; case 1: a ^= 225u; /* falls through */ case 2: a = (uint)(((int)(572211u & 0xffffu) - (int)((966525u / (251362u | 1u)) & 0xffffu)) / 3); break; default: a = rotate(a, 3u); }
  d = h0(((a << (a & 31u)) / ((b % (lid | 1u)) | 1u)), ((922403u % (c | 1u)) ^ (b << (678601u & 31u))));
  for (int k = 0; k < 4; k++) { if ((c & 7u) == 4u) break; d = h0(((uint)(((int)(b & 0xffffu) - (int)(a & 0xffffu)) / 3) / ((c * gid) | 1u)), b); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
