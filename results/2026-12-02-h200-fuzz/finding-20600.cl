struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (mul_hi((y ^ ((x < 328614u) ? x : (328614u ^ 0x55u))), min(629298u, (x >> (y & 31u))))); y ^= x >> 3; x = x * 31u + ((rotate(111695u, (y | 722190u)) ^ x)); y ^= x >> 3; x = x * 31u + ((rotate(max(x, y), (uint)(((int)(1039954u & 0xffffu) - (int)(70690u & 0xffffu)) / 3)) * x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = h0(36396u, (max(a, gid) + max(964947u, gid)));
  g = clamp(f, -1000.0f, 1000.0f);
  a = (((c % (133570u | 1u)) % (min(lid, b) | 1u)) % (mul_hi(447462u, max(d, 1033948u)) | 1u));
  switch (((23997u & b) + (d | c)) & 3u) { case 0: a += 1u; break; case 1: a ^= 294u; /* falls through */ case 2: a = lid; break; default: a = rotate(a, 3u); }
  if (((a >> (965184u & 31u)) ^ (gid << (b & 31u))) > 989183u) { c = h0(((66043u & 469659u) >> ((203624u >> (gid & 31u)) & 31u)), rotate((gid | c), (922586u - 620792u))); } else { a = mul_hi(c, ((uint)(((int)(a & 0xffffu) - (int)(gid & 0xffffu)) / 3) << (rotate(331360u, 129887u) & 31u))); }
  if (((785598u | lid) | (c ^ 792794u)) == ((152494u / (432345u | 1u)) ^ a)) { f = clamp((fmax(0.22f, (f - (float)(a & 255u))) * (sqrt(fabs(g)) + (float)(a & 255u))), -1000.0f, 1000.0f); } else { a = (((a ^ lid) * 584171u) / (29249u | 1u)); }
  p[(((217930u < d) ? 217930u : (d ^ 0x55u)) + 1u) & 7u] = (mul_hi(d, c) | 325479u); d += p[6u & 7u];
  c = h0(b, min(((c < 960452u) ? c : (960452u ^ 0x55u)), 146868u));
  a = (((gid + 693392u) ^ min(455172u, 490668u)) ^ ((uint)(((int)(466959u & 0xffffu) - (int)(821674u & 0xffffu)) / 3) & gid));
  switch (a & 3u) { case 0: c += 1u; break; case 1: c ^= 998u; /* falls through */ case 2: c = (uint)(((int)((443563u * 801399u) & 0xffffu) - (int)(rotate(a, d) & 0xffffu)) / 3); break; default: c = rotate(c, 3u); }
  tile[lid] = mul_hi(lid, (lid ^ 217158u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 15u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
