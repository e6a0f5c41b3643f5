struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((y >> (106772u & 31u)) | (y << (574823u & 31u))) - ((766709u >> (173410u & 31u)) & (348888u + y)))); y ^= x >> 3; x = x * 31u + (((((551190u | y) >> (max(946437u, y) & 31u)) < y) ? ((551190u | y) >> (max(946437u, y) & 31u)) : (y ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = 118685u;
  d = ((max(gid, gid) % ((a >> (c & 31u)) | 1u)) ^ (uint)(((int)((lid % (b | 1u)) & 0xffffu) - (int)((c + c) & 0xffffu)) / 3));
  a = h0(((245107u * d) * (387355u >> (129530u & 31u))), 758379u);
  p[((b & lid) + 7u) & 7u] = mul_hi((547569u / (172944u | 1u)), (a - c)); b += p[0u & 7u];
  if ((((a - c) < (c % (c | 1u))) ? (a - c) : ((c % (c | 1u)) ^ 0x55u)) > (b % ((a ^ c) | 1u))) { g = clamp(clamp(fmax((3.87f - (float)(a & 255u)), g), -4.0f, 4.0f), -1000.0f, 1000.0f); } else { f = clamp((3.64f * fmin(g, (2.87f + 3.1f))), -1000.0f, 1000.0f); }
  b ^= convert_uint_sat(fabs(fmin(((float)(a & 255u) - f), 3.66f)) * 16.0f);
  a = (mul_hi((d * lid), a) & (lid & (d % (855004u | 1u))));
  d = b;
  c = h0((uint)(((int)((lid / (d | 1u)) & 0xffffu) - (int)((a ^ lid) & 0xffffu)) / 3), (((lid * d) < (lid >> (a & 31u))) ? (lid * d) : ((lid >> (a & 31u)) ^ 0x55u)));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
