struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((y * y) << ((y * y) & 31u)) % ((x * (891226u + 666867u)) | 1u))); y ^= x >> 3; x = x * 31u + ((794759u * ((x * x) / ((x & 165450u) | 1u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[(((gid < d) ? gid : (d ^ 0x55u)) + 7u) & 7u] = ((d | 198624u) % (446572u | 1u)); d += p[5u & 7u];
  c = h0((212528u + (a + d)), (264304u >> ((278076u % (b | 1u)) & 31u)));
  a = (c & (min(603259u, 205768u) >> ((gid - a) & 31u)));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
