struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((rotate(mul_hi(7515u, y), y) % ((mul_hi(x, 649445u) / ((x % (835380u | 1u)) | 1u)) | 1u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((((y % (761625u | 1u)) - (x / (y | 1u))) < max((184912u >> (x & 31u)), (y / (426999u | 1u)))) ? ((y % (761625u | 1u)) - (x / (y | 1u))) : (max((184912u >> (x & 31u)), (y / (426999u | 1u))) ^ 0x55u))); y ^= x >> 3; x = x * 31u + ((((y * 914768u) >> ((x % (y | 1u)) & 31u)) ^ rotate((1044764u >> (x & 31u)), (y * y)))); y ^= x >> 3; x = x * 31u + (703u); y ^= x >> 3; x = x * 31u + (((((x & x) < (x >> (x & 31u))) ? (x & x) : ((x >> (x & 31u)) ^ 0x55u)) ^ min((y << (943349u & 31u)), (y >> (y & 31u))))); y ^= x >> 3; x = x * 31u + ((y - 509252u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = mul_hi((uint)(((int)(max(493566u, d) & 0xffffu) - (int)(min(963538u, 755596u) & 0xffffu)) / 3), (rotate(gid, 39427u) << ((d + 470571u) & 31u)));
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
