struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (806765u); y ^= x >> 3; x = x * 31u + (rotate(((x % (y | 1u)) | rotate(y, y)), y)); y ^= x >> 3; x = x * 31u + ((895978u >> (rotate((226887u ^ 478772u), (x + x)) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = (((lid < (lid + b)) ? lid : ((lid + b) ^ 0x55u)) | 106469u);
  a = ((max(lid, lid) >> ((c - lid) & 31u)) - 866662u);
  f = clamp(((g + clamp(0.42f, -4.0f, 4.0f)) * ((g * g) - ((float)(a & 255u) - f))), -1000.0f, 1000.0f);
  switch ((a % (d | 1u)) & 3u) { case 0: a += 1u; break; case 1: a ^= 807u; /* falls through */ case 2: a = (813189u + ((c < 766102u) ? c : (766102u ^ 0x55u))); break; default: a = rotate(a, 3u); }
  p[((1041481u >> (241180u & 31u)) + 0u) & 7u] = ((a << (256736u & 31u)) | rotate(391615u, 459262u)); c += p[4u & 7u];
  g = clamp((float)(a & 255u), -1000.0f, 1000.0f);
  b = h0(((b & 245973u) >> (((436721u < 344768u) ? 436721u : (344768u ^ 0x55u)) & 31u)), ((d < (1045390u - 943996u)) ? d : ((1045390u - 943996u) ^ 0x55u)));
  f = clamp((fmin(sqrt(fabs(f)), fmin((float)(a & 255u), f)) - (g + clamp(0.50f, -4.0f, 4.0f))), -1000.0f, 1000.0f);
  b = ((uint)(((int)((uint)(((int)(c & 0xffffu) - (int)(a & 0xffffu)) / 3) & 0xffffu) - (int)(a & 0xffffu)) / 3) | (uint)(((int)(max(b, c) & 0xffffu) - (int)(d & 0xffffu)) / 3));
  if ((uint)(((int)((783108u % (d | 1u)) & 0xffffu) - (int)(rotate(lid, c) & 0xffffu)) / 3) > 22570u) { d = h0(lid, gid); } else { a = ((max(b, c) << (b & 31u)) / (((c >> (b & 31u)) >> (mul_hi(1029789u, gid) & 31u)) | 1u)); }
  b = 40794u;
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
