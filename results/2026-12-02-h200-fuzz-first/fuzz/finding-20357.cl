struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((388723u ^ 817387u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((476958u < (998908u + (y - 381633u))) ? 476958u : ((998908u + (y - 381633u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (829675u); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((412854u >> (y & 31u)) + x) & 0xffffu) - (int)((x | mul_hi(y, y)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (((((y < x) ? y : (x ^ 0x55u)) | (773147u + x)) + (348251u & (uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c ^= convert_uint_sat(fabs((float)(a & 255u)) * 16.0f);
  a = ((mul_hi(lid, b) * rotate(a, 380198u)) >> (min(rotate(lid, 394312u), (lid >> (gid & 31u))) & 31u));
  for (int k = 0; k < 4; k++) { if ((b & 7u) == 6u) break; g = clamp((0.33f - g), -1000.0f, 1000.0f); }
  c = min(1018093u, ((352457u + c) * min(a, 620117u)));
  p[((c - b) + 6u) & 7u] = ((c % (a | 1u)) | (uint)(((int)(a & 0xffffu) - (int)(gid & 0xffffu)) / 3)); b += p[1u & 7u];
  c = (d << (min((c % (d | 1u)), (d + lid)) & 31u));
  f = clamp((1.92f * ((g * f) + fmax(3.21f, f))), -1000.0f, 1000.0f);
  tile[lid] = ((c ^ 968491u) % (min(186236u, d) | 1u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 49u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
