struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (max(((x & 1033754u) / (y | 1u)), ((927103u & 622206u) << (mul_hi(x, 717125u) & 31u)))); y ^= x >> 3; x = x * 31u + ((((28924u | y) + (x ^ x)) ^ y)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (((lid >> (lid & 31u)) - (lid ^ 939563u)) == lid) { for (int k = 0; k < 1; k++) { if ((c & 7u) == 0u) break; p[(gid + 3u) & 7u] = (mul_hi(lid, 534960u) - (b | 812212u)); b += p[1u & 7u]; } } else { c = h0((min(gid, a) + (678300u >> (176274u & 31u))), (uint)(((int)((512303u ^ a) & 0xffffu) - (int)(b & 0xffffu)) / 3)); }
  g = clamp(sqrt(fabs(sqrt(fabs(3.22f)))), -1000.0f, 1000.0f);
  if (((c % (115091u | 1u)) + (b - c)) == ((c << (gid & 31u)) / (a | 1u))) { f = clamp((float)(a & 255u), -1000.0f, 1000.0f); } else { for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 0u) continue; g = clamp(clamp(((g / (fabs(2.50f) + 1.0f)) - sqrt(fabs(f))), -4.0f, 4.0f), -1000.0f, 1000.0f); } }
  tile[lid] = mul_hi((d << (c & 31u)), lid); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 20u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
