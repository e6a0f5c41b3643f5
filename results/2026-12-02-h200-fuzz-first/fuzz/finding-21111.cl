struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (rotate(((19369u ^ x) << (y & 31u)), y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = ((mul_hi(674790u, (772738u << (450120u & 31u))) < 93634u) ? mul_hi(674790u, (772738u << (450120u & 31u))) : (93634u ^ 0x55u));
  b = h0(((863362u - 789184u) % ((151072u + 193318u) | 1u)), ((441226u + 291773u) << (847526u & 31u)));
  switch ((uint)(((int)(347031u & 0xffffu) - (int)(max(b, lid) & 0xffffu)) / 3) & 3u) { case 0: d += 1u; break; case 1: d ^= 832u; /* falls through */ case 2: d = (mul_hi(lid, a) / (mul_hi(c, b) | 1u)); break; default: d = rotate(d, 3u); }
  tile[lid] = (((gid < 513064u) ? gid : (513064u ^ 0x55u)) * (gid | d)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 12u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
