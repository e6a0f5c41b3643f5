struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((((523888u & y) < mul_hi(840366u, y)) ? (523888u & y) : (mul_hi(840366u, y) ^ 0x55u)) & mul_hi(rotate(x, x), mul_hi(x, x)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((539234u | y) & y) & 0xffffu) - (int)(rotate(x, max(x, x)) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = h0(b, c);
  switch (493119u & 3u) { case 0: d += 1u; break; case 1: d ^= 136u; /* falls through */ case 2: d = (((c + c) < 871057u) ? (c + c) : (871057u ^ 0x55u)); break; default: d = rotate(d, 3u); }
  g = clamp(fmax((clamp(0.91f, -4.0f, 4.0f) / (fabs(fmax(f, 0.92f)) + 1.0f)), (((float)(a & 255u) * f) + (float)(a & 255u))), -1000.0f, 1000.0f);
  tile[lid] = mul_hi((c - c), rotate(a, 757392u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 45u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
