struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (max(((y >> (298272u & 31u)) ^ min(y, 353343u)), min((771872u - 53641u), (x & y)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = h0(((uint)(((int)(gid & 0xffffu) - (int)(gid & 0xffffu)) / 3) ^ 148135u), c);
  b = (((d ^ 884514u) - (lid >> (gid & 31u))) / (mul_hi(max(54637u, 474908u), (gid - gid)) | 1u));
  b = (((d << (204758u & 31u)) - ((968959u < b) ? 968959u : (b ^ 0x55u))) * ((gid % (lid | 1u)) * (c ^ d)));
  f = clamp(fmin(sqrt(fabs(f)), (float)(a & 255u)), -1000.0f, 1000.0f);
  d = a;
  b = h0(((768798u << (430065u & 31u)) ^ d), 9275u);
  p[(lid + 4u) & 7u] = ((b + a) * (124362u * 617136u)); c += p[2u & 7u];
  a = gid;
  p[(d + 6u) & 7u] = ((gid < (b | 663913u)) ? gid : ((b | 663913u) ^ 0x55u)); d += p[3u & 7u];
  p[(b + 1u) & 7u] = min((734340u * 425661u), gid); c += p[1u & 7u];
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
