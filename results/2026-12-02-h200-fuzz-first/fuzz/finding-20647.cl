struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((rotate((y & x), rotate(216997u, 980076u)) & x)); y ^= x >> 3; x = x * 31u + ((uint)(((int)(y & 0xffffu) - (int)((uint)(((int)(y & 0xffffu) - (int)(150078u & 0xffffu)) / 3) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (d != c) { p[(b + 0u) & 7u] = 897244u; d += p[4u & 7u]; } else { switch (((519808u < (455233u - 2871u)) ? 519808u : ((455233u - 2871u) ^ 0x55u)) & 3u) { case 0: d += 1u; break; case 1: d ^= 631u; /* falls through */ case 2: d = (mul_hi(290992u, 722149u) * min(724821u, 969631u)); break; default: d = rotate(d, 3u); } }
  p[(b + 7u) & 7u] = 1014996u; d += p[4u & 7u];
  f = clamp((3.6f * clamp(((float)(a & 255u) * (float)(a & 255u)), -4.0f, 4.0f)), -1000.0f, 1000.0f);
  p[((gid + a) + 3u) & 7u] = 714227u; d += p[1u & 7u];
  p[(630767u + 3u) & 7u] = lid; d += p[0u & 7u];
  c = (((210398u | c) / ((588885u * d) | 1u)) - lid);
  a = h0(max((a >> (483843u & 31u)), (d << (gid & 31u))), min(1003876u, gid));
  a = rotate(((662301u + 532313u) >> ((b ^ a) & 31u)), (d >> (mul_hi(495044u, c) & 31u)));
  c = min(min(min(c, d), 932597u), 418646u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
