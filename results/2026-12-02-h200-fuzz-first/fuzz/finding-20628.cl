struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((uint)(((int)(x & 0xffffu) - (int)(mul_hi(x, (461889u >> (969574u & 31u))) & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = h0((rotate(b, gid) % ((c / (lid | 1u)) | 1u)), min(mul_hi(gid, 244577u), max(964312u, b)));
  b = h0(b, max((uint)(((int)(643201u & 0xffffu) - (int)(751969u & 0xffffu)) / 3), (993637u ^ c)));
  if ((935011u & (lid >> (656493u & 31u))) < min((c - 347587u), (531405u | b))) { for (int k = 0; k < 6; k++) {  f = clamp(fmax((fmin(g, 2.77f) + clamp(g, -4.0f, 4.0f)), g), -1000.0f, 1000.0f); } } else { a = ((((uint)(((int)(376833u & 0xffffu) - (int)(c & 0xffffu)) / 3) < 1039569u) ? (uint)(((int)(376833u & 0xffffu) - (int)(c & 0xffffu)) / 3) : (1039569u ^ 0x55u)) >> ((d << ((c ^ 61627u) & 31u)) & 31u)); }
  if (((828014u >> (495905u & 31u)) % (lid | 1u)) != a) { b = (rotate(min(260862u, 946635u), (gid - 556176u)) / ((uint)(((int)((b - a) & 0xffffu) - (int)((b / (309833u | 1u)) & 0xffffu)) / 3) | 1u)); } else { d = h0(d, (((uint)(((int)(gid & 0xffffu) - (int)(b & 0xffffu)) / 3) < c) ? (uint)(((int)(gid & 0xffffu) - (int)(b & 0xffffu)) / 3) : (c ^ 0x55u))); }
  f = clamp(fmax((f * ((float)(a & 255u) / (fabs(0.17f) + 1.0f))), ((f - (float)(a & 255u)) - ((float)(a & 255u) / (fabs(2.90f) + 1.0f)))), -1000.0f, 1000.0f);
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
