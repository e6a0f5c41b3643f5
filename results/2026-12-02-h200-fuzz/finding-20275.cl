struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (538677u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = rotate(max(max(c, 822341u), rotate(678326u, a)), max(rotate(625689u, 405420u), rotate(b, lid)));
  for (int k = 0; k < 6; k++) { if ((a & 7u) == 1u) break; switch (((d ^ gid) >> ((lid | b) & 31u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 570u; /* falls through */ case 2: d = ((c >> (b & 31u)) + (gid % (189698u | 1u))); break; default: d = rotate(d, 3u); } }
  tile[lid] = 457931u; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 54u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
