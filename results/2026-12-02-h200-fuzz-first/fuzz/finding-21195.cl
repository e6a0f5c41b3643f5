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
  d = d;
  if ((a << ((b << (c & 31u)) & 31u)) > (a * (d >> (913291u & 31u)))) { c = mul_hi(((905786u & 500400u) % (935465u | 1u)), ((a + a) + (a & 931615u))); } else { f = clamp((f - 2.8f), -1000.0f, 1000.0f); }
  g = clamp(1.18f, -1000.0f, 1000.0f);
  if (max((d % (lid | 1u)), (60449u & c)) != gid) { switch (mul_hi((b & 250440u), (a * gid)) & 3u) { case 0: a += 1u; break; case 1: a ^= 523u; /* falls through */ case 2: a = 897061u; break; default: a = rotate(a, 3u); } } else { a = (mul_hi(min(33793u, 21673u), ((282042u < c) ? 282042u : (c ^ 0x55u))) ^ ((a * c) | 668151u)); }
  tile[lid] = (min(d, 779053u) >> (lid & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 10u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
