struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (rotate(((y ^ y) - (y % (x | 1u))), (max(y, 590274u) & min(x, x)))); y ^= x >> 3; x = x * 31u + (((uint)(((int)(max(y, y) & 0xffffu) - (int)((924502u >> (y & 31u)) & 0xffffu)) / 3) | x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (((285574u << (lid & 31u)) ^ 413694u) < 474740u) { b = (max((474621u * 353956u), mul_hi(770711u, a)) * (c >> ((414052u / (628245u | 1u)) & 31u))); } else { d = (rotate(rotate(37474u, gid), (c + c)) / ((14092u >> (b & 31u)) | 1u)); }
  if (((uint)(((int)(gid & 0xffffu) - (int)(288974u & 0xffffu)) / 3) & mul_hi(c, b)) == (rotate(d, lid) & (b >> (231953u & 31u)))) { c = h0(gid, (377490u << ((d >> (lid & 31u)) & 31u))); } else { c = h0(mul_hi((d + 737145u), (416662u << (41025u & 31u))), 547975u); }
  d = c;
  a = h0((uint)(((int)(968047u & 0xffffu) - (int)((lid << (d & 31u)) & 0xffffu)) / 3), c);
  tile[lid] = rotate((uint)(((int)(265717u & 0xffffu) - (int)(a & 0xffffu)) / 3), d); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 1u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
