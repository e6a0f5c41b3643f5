struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((x * (((682188u < 270753u) ? 682188u : (270753u ^ 0x55u)) & (709271u | y)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (((rotate(y, 743689u) / ((329355u & y) | 1u)) / (mul_hi(((y < 862251u) ? y : (862251u ^ 0x55u)), (x / (609607u | 1u))) | 1u))); y ^= x >> 3; x = x * 31u + ((x >> ((rotate(x, y) | (510938u - 825426u)) & 31u))); y ^= x >> 3; x = x * 31u + ((y | min(mul_hi(1010036u, 64498u), (y | 990851u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((mul_hi((88097u % (714131u | 1u)), (4794u >> (290330u & 31u))) + max(min(y, y), (x - 1031736u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (((b ^ a) | b) != b) { switch ((min(452219u, lid) & (207128u >> (503889u & 31u))) & 3u) { case 0: b += 1u; break; case 1: b ^= 877u; /* falls through */ case 2: b = (lid ^ (d / (b | 1u))); break; default: b = rotate(b, 3u); } } else { c ^= convert_uint_sat(fabs(((2.57f - (float)(a & 255u)) / (fabs(clamp(g, -4.0f, 4.0f)) + 1.0f))) * 16.0f); }
  if (min(d, (1005020u << (lid & 31u))) != mul_hi(268378u, (c & 118071u))) { g = clamp(((fmax((float)(a & 255u), 1.70f) / (fabs((f - 0.98f)) + 1.0f)) / (fabs((((float)(a & 255u) * 1.97f) - (g / (fabs(g) + 1.0f)))) + 1.0f)), -1000.0f, 1000.0f); } else { d = c; }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
