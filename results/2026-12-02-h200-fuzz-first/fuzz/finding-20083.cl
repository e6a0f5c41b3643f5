struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((uint)(((int)(299550u & 0xffffu) - (int)(x & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (min((c << (a & 31u)), (877439u + c)) > ((b * 316194u) - 369326u)) { p[(max(lid, 610403u) + 7u) & 7u] = max((lid / (643066u | 1u)), gid); c += p[2u & 7u]; } else { p[(d + 0u) & 7u] = ((b & gid) << (162875u & 31u)); d += p[0u & 7u]; }
  f = clamp(clamp(fmin(((float)(a & 255u) * g), (1.15f * g)), -4.0f, 4.0f), -1000.0f, 1000.0f);
  b ^= convert_uint_sat(fabs(0.66f) * 16.0f);
  if (((b >> (936579u & 31u)) ^ a) == (((lid < lid) ? lid : (lid ^ 0x55u)) % ((c / (c | 1u)) | 1u))) { a = h0((((755782u < 412068u) ? 755782u : (412068u ^ 0x55u)) / (((d < lid) ? d : (lid ^ 0x55u)) | 1u)), (lid * rotate(a, gid))); } else { p[((uint)(((int)(b & 0xffffu) - (int)(d & 0xffffu)) / 3) + 5u) & 7u] = ((d - a) / ((lid << (a & 31u)) | 1u)); a += p[0u & 7u]; }
  tile[lid] = (rotate(215637u, b) << (rotate(a, c) & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 34u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
