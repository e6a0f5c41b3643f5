struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (min(606432u, ((y & x) | (727801u - x)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((111855u < 98391u) ? 111855u : (98391u ^ 0x55u)) ^ ((x ^ 288774u) >> ((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3) & 31u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (267954u); y ^= x >> 3; x = x * 31u + (((min(x, 179789u) ^ x) & y)); y ^= x >> 3; x = x * 31u + (max(((y - y) % (x | 1u)), rotate(999782u, (y * y)))); y ^= x >> 3; x = x * 31u + ((x + ((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3) & (x + x)))); y ^= x >> 3; x = x * 31u + (((rotate(y, 1047545u) & (924830u % (x | 1u))) * ((919370u % (y | 1u)) >> ((308967u << (y & 31u)) & 31u)))); y ^= x >> 3; x = x * 31u + (rotate((y * ((y < y) ? y : (y ^ 0x55u))), (((236846u < x) ? 236846u : (x ^ 0x55u)) ^ (y << (y & 31u))))); y ^= x >> 3; x = x * 31u + (((y << (y & 31u)) - rotate((y >> (y & 31u)), (x | x)))); y ^= x >> 3; x = x * 31u + (max((uint)(((int)((y & x) & 0xffffu) - (int)((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) & 0xffffu)) / 3), (y - rotate(x, x)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(665430u & 0xffffu) - (int)(y & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((y | (max(y, x) << ((675433u & y) & 31u)))); y ^= x >> 3; x = x * 31u + ((rotate((39024u >> (y & 31u)), 928722u) << ((y ^ (uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3)) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp((1.98f / (fabs(clamp(fmax(0.18f, f), -4.0f, 4.0f)) + 1.0f)), -1000.0f, 1000.0f);
  g = clamp((((float)(a & 255u) * (float)(a & 255u)) / (fabs(((2.84f - 3.15f) / (fabs(clamp(g, -4.0f, 4.0f)) + 1.0f))) + 1.0f)), -1000.0f, 1000.0f);
  p[((gid - b) + 5u) & 7u] = max(min(c, a), ((449994u < a) ? 449994u : (a ^ 0x55u))); c += p[7u & 7u];
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 1u) continue; g = clamp(f, -1000.0f, 1000.0f); }
  p[(rotate(c, c) + 4u) & 7u] = c; c += p[4u & 7u];
  tile[lid] = a; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 36u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
