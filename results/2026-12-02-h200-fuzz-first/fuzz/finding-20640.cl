struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (mul_hi((rotate(y, x) & mul_hi(y, y)), y)); y ^= x >> 3; x = x * 31u + (((394065u / (x | 1u)) ^ ((y >> (y & 31u)) >> (y & 31u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch (((gid * lid) << (b & 31u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 299u; /* falls through */ case 2: b = ((gid / (d | 1u)) << ((924883u % (987628u | 1u)) & 31u)); break; default: b = rotate(b, 3u); }
  a = (mul_hi((d - lid), (d + d)) - ((756314u + lid) % ((c * c) | 1u)));
  a = h0((max(199085u, b) | (lid % (408223u | 1u))), b);
  b = (max(rotate(gid, 750043u), b) + (((a < 76120u) ? a : (76120u ^ 0x55u)) | (147444u * 450493u)));
  switch (gid & 3u) { case 0: a += 1u; break; case 1: a ^= 425u; /* falls through */ case 2: a = mul_hi(max(239467u, b), ((lid < d) ? lid : (d ^ 0x55u))); break; default: a = rotate(a, 3u); }
  tile[lid] = (lid ^ (lid / (240151u | 1u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 30u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
