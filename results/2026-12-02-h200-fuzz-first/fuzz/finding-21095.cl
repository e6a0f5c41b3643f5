struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((uint)(((int)(((uint)(((int)(x & 0xffffu) - (int)(953512u & 0xffffu)) / 3) / (((196910u < 66607u) ? 196910u : (66607u ^ 0x55u)) | 1u)) & 0xffffu) - (int)(((y ^ y) / ((955221u * 29376u) | 1u)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (((uint)(((int)(mul_hi(x, y) & 0xffffu) - (int)((x << (y & 31u)) & 0xffffu)) / 3) + (((x + y) < (x & y)) ? (x + y) : ((x & y) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + (((rotate(x, 984483u) % ((226550u % (y | 1u)) | 1u)) + (max(248444u, y) % (rotate(x, 614064u) | 1u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp(fmin(sqrt(fabs((f + 0.0f))), fmin(((float)(a & 255u) * g), (f - (float)(a & 255u)))), -1000.0f, 1000.0f);
  b = (lid - (((c - c) < (uint)(((int)(1042188u & 0xffffu) - (int)(d & 0xffffu)) / 3)) ? (c - c) : ((uint)(((int)(1042188u & 0xffffu) - (int)(d & 0xffffu)) / 3) ^ 0x55u)));
  a ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 0u) continue; d = h0(rotate(((c < d) ? c : (d ^ 0x55u)), (588250u % (d | 1u))), (((232498u | a) < d) ? (232498u | a) : (d ^ 0x55u))); }
  b = (((b % (c | 1u)) * (c - 196753u)) & ((d - c) << ((c / (gid | 1u)) & 31u)));
  b = h0(((909649u * lid) * b), min(max(c, c), (gid << (a & 31u))));
  p[(((675685u < d) ? 675685u : (d ^ 0x55u)) + 0u) & 7u] = (((lid << (a & 31u)) < (27454u ^ 691470u)) ? (lid << (a & 31u)) : ((27454u ^ 691470u) ^ 0x55u)); c += p[4u & 7u];
  p[(((gid < b) ? gid : (b ^ 0x55u)) + 7u) & 7u] = (uint)(((int)(mul_hi(gid, d) & 0xffffu) - (int)((c ^ gid) & 0xffffu)) / 3); b += p[5u & 7u];
  p[((gid + 167125u) + 5u) & 7u] = (uint)(((int)(gid & 0xffffu) - (int)((c << (d & 31u)) & 0xffffu)) / 3); c += p[3u & 7u];
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
