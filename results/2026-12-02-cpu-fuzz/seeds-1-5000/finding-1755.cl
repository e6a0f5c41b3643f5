struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((max((934033u & y), (y << (x & 31u))) >> (((36746u % (842698u | 1u)) % (965853u | 1u)) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((x ^ min((433586u | 611039u), (x / (748089u | 1u))))); y ^= x >> 3; x = x * 31u + (((x - (x ^ y)) * y)); y ^= x >> 3; x = x * 31u + ((rotate(((x < 818258u) ? x : (818258u ^ 0x55u)), (719663u / (490638u | 1u))) / (((x - 50355u) ^ max(x, x)) | 1u))); y ^= x >> 3; x = x * 31u + (rotate(y, (568644u ^ (x % (x | 1u))))); y ^= x >> 3; x = x * 31u + ((989583u / (981662u | 1u))); y ^= x >> 3; x = x * 31u + (((uint)(((int)((y | x) & 0xffffu) - (int)((x + 260083u) & 0xffffu)) / 3) / (((y * 834704u) - ((112848u < 183592u) ? 112848u : (183592u ^ 0x55u))) | 1u))); y ^= x >> 3; x = x * 31u + ((102589u & ((x * 705835u) >> (min(x, x) & 31u)))); y ^= x >> 3; x = x * 31u + (((min(567551u, 623087u) % (x | 1u)) / ((rotate(x, 916151u) ^ (x + 217174u)) | 1u))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(mul_hi(max(x, y), x) & 0xffffu) - (int)(894785u & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((uint)(((int)(y & 0xffffu) - (int)(982674u & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (min(x, ((y & y) >> (y & 31u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (751494u); y ^= x >> 3; x = x * 31u + (((((x < x) ? x : (x ^ 0x55u)) & min(y, x)) - (max(608446u, x) ^ mul_hi(446514u, 482202u)))); y ^= x >> 3; x = x * 31u + (842978u); y ^= x >> 3; x = x * 31u + ((((y < max(x, x)) ? y : (max(x, x) ^ 0x55u)) / (x | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = h1(mul_hi(min(250648u, c), rotate(lid, gid)), ((538086u % (a | 1u)) + ((lid < d) ? lid : (d ^ 0x55u))));
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
