struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((y >> ((x - x) & 31u)) / ((((626922u % (y | 1u)) < (207454u + y)) ? (626922u % (y | 1u)) : ((207454u + y) ^ 0x55u)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (311276u); y ^= x >> 3; x = x * 31u + ((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((mul_hi((uint)(((int)(814106u & 0xffffu) - (int)(x & 0xffffu)) / 3), (785611u % (y | 1u))) >> ((((936571u < y) ? 936571u : (y ^ 0x55u)) ^ 289687u) & 31u))); y ^= x >> 3; x = x * 31u + (rotate(max(616324u, (x ^ x)), 670720u)); y ^= x >> 3; x = x * 31u + ((uint)(((int)(((y ^ y) ^ (x + 699062u)) & 0xffffu) - (int)(((y % (1032364u | 1u)) ^ max(y, y)) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (98802u); y ^= x >> 3; x = x * 31u + (((y % (x | 1u)) + (((x / (y | 1u)) < y) ? (x / (y | 1u)) : (y ^ 0x55u)))); y ^= x >> 3; x = x * 31u + ((((y % (x | 1u)) - (641673u - x)) << (y & 31u))); y ^= x >> 3; x = x * 31u + ((x * 456458u)); y ^= x >> 3; x = x * 31u + (((x * rotate(x, y)) / ((x << (y & 31u)) | 1u))); y ^= x >> 3; x = x * 31u + (rotate(y, y)); y ^= x >> 3; x = x * 31u + ((y ^ (x ^ mul_hi(x, x)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (452695u); y ^= x >> 3; x = x * 31u + (((uint)(((int)(rotate(x, 725585u) & 0xffffu) - (int)((x << (y & 31u)) & 0xffffu)) / 3) << (((x % (x | 1u)) + (966131u / (y | 1u))) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = ((a / ((a - gid) | 1u)) * (c / (d | 1u)));
  b = h0(d, ((d << (574978u & 31u)) % (569970u | 1u)));
  b ^= convert_uint_sat(fabs(sqrt(fabs(fmin(g, g)))) * 16.0f);
  f = clamp(f, -1000.0f, 1000.0f);
  a = rotate(((lid * lid) * (871551u | b)), 646980u);
  p[((c * gid) + 0u) & 7u] = a; a += p[6u & 7u];
  b = h0(((b & 450948u) + b), 324345u);
  a ^= convert_uint_sat(fabs(g) * 16.0f);
  a = rotate((560180u - (c >> (gid & 31u))), (uint)(((int)(122765u & 0xffffu) - (int)(((lid < a) ? lid : (a ^ 0x55u)) & 0xffffu)) / 3));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
