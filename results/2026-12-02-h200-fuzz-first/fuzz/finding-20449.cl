struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((max(x, 63848u) / ((y + x) | 1u)) + mul_hi((y << (750247u & 31u)), mul_hi(x, 205248u)))); y ^= x >> 3; x = x * 31u + ((mul_hi((x % (811737u | 1u)), (177673u << (y & 31u))) >> (((x % (x | 1u)) & (y << (y & 31u))) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[((uint)(((int)(221374u & 0xffffu) - (int)(760932u & 0xffffu)) / 3) + 6u) & 7u] = (mul_hi(c, 839625u) ^ mul_hi(56768u, gid)); b += p[7u & 7u];
  p[(rotate(b, lid) + 6u) & 7u] = ((660585u | gid) << ((b ^ lid) & 31u)); b += p[1u & 7u];
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 1u) continue; b = (974105u >> (rotate(lid, (lid ^ d)) & 31u)); }
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
