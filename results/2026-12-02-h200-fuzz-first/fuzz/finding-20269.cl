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
  b = (258024u * ((a - lid) + (uint)(((int)(770173u & 0xffffu) - (int)(245870u & 0xffffu)) / 3)));
  c = c;
  b = ((((uint)(((int)(c & 0xffffu) - (int)(a & 0xffffu)) / 3) < (b ^ 919065u)) ? (uint)(((int)(c & 0xffffu) - (int)(a & 0xffffu)) / 3) : ((b ^ 919065u) ^ 0x55u)) << ((rotate(lid, gid) & 365772u) & 31u));
  b = (634067u * rotate(max(523163u, b), a));
  b = mul_hi(mul_hi(((b < gid) ? b : (gid ^ 0x55u)), (b % (72108u | 1u))), 212073u);
  if (b == (396876u - max(b, c))) { g = clamp(sqrt(fabs(((f * g) * (0.66f * f)))), -1000.0f, 1000.0f); } else { g = clamp((float)(a & 255u), -1000.0f, 1000.0f); }
  switch (((307646u | 703048u) << ((uint)(((int)(a & 0xffffu) - (int)(lid & 0xffffu)) / 3) & 31u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 896u; /* falls through */ case 2: a = max((lid - c), (gid * lid)); break; default: a = rotate(a, 3u); }
  tile[lid] = (420882u << ((b + 276926u) & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 11u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
