struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((rotate(549302u, mul_hi(y, 73209u)) >> (((977119u / (y | 1u)) & (y >> (773776u & 31u))) & 31u))); y ^= x >> 3; x = x * 31u + ((y % (((603649u < max(456715u, x)) ? 603649u : (max(456715u, x) ^ 0x55u)) | 1u))); y ^= x >> 3; x = x * 31u + (max((mul_hi(y, y) - (x * 1001626u)), y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = h0(((b << (740766u & 31u)) >> (rotate(a, b) & 31u)), (min(631190u, lid) ^ ((161272u < 631068u) ? 161272u : (631068u ^ 0x55u))));
  a = ((((b % (481197u | 1u)) < (uint)(((int)(gid & 0xffffu) - (int)(77641u & 0xffffu)) / 3)) ? (b % (481197u | 1u)) : ((uint)(((int)(gid & 0xffffu) - (int)(77641u & 0xffffu)) / 3) ^ 0x55u)) % ((max(d, gid) * gid) | 1u));
  b = h0(((lid + 960134u) * gid), ((d >> (916279u & 31u)) | (gid * d)));
  b = h0((d | min(lid, 1027668u)), 730961u);
  tile[lid] = rotate((a >> (600440u & 31u)), max(1008593u, d)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 4u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
