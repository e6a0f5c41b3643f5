struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (min((((x < y) ? x : (y ^ 0x55u)) - (254002u / (y | 1u))), (x << ((y << (y & 31u)) & 31u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  f = clamp(((fmax((float)(a & 255u), (float)(a & 255u)) / (fabs((float)(a & 255u)) + 1.0f)) / (fabs((((float)(a & 255u) + g) + ((float)(a & 255u) + 0.21f))) + 1.0f)), -1000.0f, 1000.0f);
  c = rotate(mul_hi((b >> (920735u & 31u)), b), (c >> (lid & 31u)));
  if (rotate((d | gid), (gid ^ b)) > ((739371u % (lid | 1u)) % ((670469u << (c & 31u)) | 1u))) { for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 0u) continue; d ^= convert_uint_sat(fabs(fmax(3.59f, (g + f))) * 16.0f); } } else { if (mul_hi((259399u & b), rotate(a, gid)) != lid) { p[((830948u - lid) + 1u) & 7u] = (lid | (613574u * gid)); b += p[0u & 7u]; } else { b = d; } }
  a = mul_hi(((755764u >> (lid & 31u)) * mul_hi(c, 782765u)), ((358362u / (c | 1u)) % ((974676u + lid) | 1u)));
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
