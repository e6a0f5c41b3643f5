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
  if (628622u == mul_hi((b ^ c), (uint)(((int)(1002053u & 0xffffu) - (int)(b & 0xffffu)) / 3))) { c = mul_hi(mul_hi((326294u - 656111u), (lid - 900578u)), ((lid ^ c) | c)); } else { for (int k = 0; k < 3; k++) { if ((b & 7u) == 7u) break; a = (((1031103u ^ a) & (gid ^ b)) % (a | 1u)); } }
  a = ((((gid < 934964u) ? gid : (934964u ^ 0x55u)) * (lid / (gid | 1u))) | ((864488u < (lid - 710175u)) ? 864488u : ((lid - 710175u) ^ 0x55u)));
  switch (((231859u >> (d & 31u)) / ((uint)(((int)(706294u & 0xffffu) - (int)(b & 0xffffu)) / 3) | 1u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 973u; /* falls through */ case 2: c = (rotate(lid, gid) | a); break; default: c = rotate(c, 3u); }
  switch (b & 3u) { case 0: d += 1u; break; case 1: d ^= 327u; /* falls through */ case 2: d = mul_hi((uint)(((int)(c & 0xffffu) - (int)(b & 0xffffu)) / 3), lid); break; default: d = rotate(d, 3u); }
  p[((563482u << (gid & 31u)) + 6u) & 7u] = (max(b, d) & (76977u >> (50849u & 31u))); d += p[7u & 7u];
  d = (205686u - ((553705u | 44734u) ^ (uint)(((int)(lid & 0xffffu) - (int)(a & 0xffffu)) / 3)));
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
