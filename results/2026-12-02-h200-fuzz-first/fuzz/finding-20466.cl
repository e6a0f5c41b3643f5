struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (591684u); y ^= x >> 3; x = x * 31u + (((y < ((x - y) / (932907u | 1u))) ? y : (((x - y) / (932907u | 1u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (371699u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch ((c ^ b) & 3u) { case 0: a += 1u; break; case 1: a ^= 927u; /* falls through */ case 2: a = (b << ((lid - 172841u) & 31u)); break; default: a = rotate(a, 3u); }
  g = clamp(((float)(a & 255u) / (fabs(fmin(g, clamp(0.87f, -4.0f, 4.0f))) + 1.0f)), -1000.0f, 1000.0f);
  b = h0(a, ((c ^ lid) ^ mul_hi(d, b)));
  b = h0(c, (mul_hi(679310u, lid) << ((uint)(((int)(d & 0xffffu) - (int)(250157u & 0xffffu)) / 3) & 31u)));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
