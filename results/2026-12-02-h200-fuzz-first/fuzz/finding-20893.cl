struct pair { uint u; float f; };
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
  g = clamp(f, -1000.0f, 1000.0f);
  for (int k = 0; k < 6; k++) { if ((a & 7u) == 2u) break; c = ((mul_hi(658843u, gid) - (c + c)) ^ (b >> ((668687u & lid) & 31u))); }
  switch (max((d + lid), (892174u << (a & 31u))) & 3u) { case 0: c += 1u; break; case 1: c ^= 337u; /* falls through */ case 2: c = ((uint)(((int)(630111u & 0xffffu) - (int)(c & 0xffffu)) / 3) & (gid / (904185u | 1u))); break; default: c = rotate(c, 3u); }
  c = (max(920134u, ((a < 217519u) ? a : (217519u ^ 0x55u))) / ((d >> (mul_hi(b, c) & 31u)) | 1u));
  if (a != max((108798u >> (a & 31u)), (gid | c))) { switch (((280633u << (d & 31u)) - (c ^ lid)) & 3u) { case 0: b += 1u; break; case 1: b ^= 969u; /* falls through */ case 2: b = mul_hi(((c < lid) ? c : (lid ^ 0x55u)), ((35306u < b) ? 35306u : (b ^ 0x55u))); break; default: b = rotate(b, 3u); } } else { a = ((gid * b) << (969614u & 31u)); }
  tile[lid] = ((lid & 105877u) * rotate(gid, c)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 11u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
