struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((7256u >> (y & 31u)) | (rotate(y, x) & y))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (141721u); y ^= x >> 3; x = x * 31u + ((y / ((uint)(((int)(rotate(x, x) & 0xffffu) - (int)(x & 0xffffu)) / 3) | 1u))); y ^= x >> 3; x = x * 31u + ((rotate((555277u + x), (84780u ^ x)) & x)); y ^= x >> 3; x = x * 31u + ((((69549u * 997698u) - (145574u << (y & 31u))) % ((uint)(((int)(((y < x) ? y : (x ^ 0x55u)) & 0xffffu) - (int)((x >> (y & 31u)) & 0xffffu)) / 3) | 1u))); y ^= x >> 3; x = x * 31u + ((min(624873u, (x | x)) | (x + (197130u * y)))); y ^= x >> 3; x = x * 31u + ((mul_hi(rotate(y, x), (y >> (366975u & 31u))) - 531265u)); y ^= x >> 3; x = x * 31u + (((269204u ^ (x % (x | 1u))) % (827111u | 1u))); y ^= x >> 3; x = x * 31u + (((((93534u << (512382u & 31u)) < mul_hi(154820u, y)) ? (93534u << (512382u & 31u)) : (mul_hi(154820u, y) ^ 0x55u)) % ((uint)(((int)(min(x, y) & 0xffffu) - (int)(x & 0xffffu)) / 3) | 1u))); y ^= x >> 3; x = x * 31u + (((y << (x & 31u)) / (((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) % (rotate(y, 869483u) | 1u)) | 1u))); y ^= x >> 3; x = x * 31u + ((y - x)); y ^= x >> 3; x = x * 31u + ((379392u >> (((y >> (x & 31u)) << ((y >> (y & 31u)) & 31u)) & 31u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (650594u); y ^= x >> 3; x = x * 31u + (max(mul_hi((y << (y & 31u)), (x * 217948u)), x)); y ^= x >> 3; x = x * 31u + (((((uint)(((int)(927591u & 0xffffu) - (int)(x & 0xffffu)) / 3) << (rotate(259538u, x) & 31u)) < ((y % (334046u | 1u)) >> (mul_hi(x, y) & 31u))) ? ((uint)(((int)(927591u & 0xffffu) - (int)(x & 0xffffu)) / 3) << (rotate(259538u, x) & 31u)) : (((y % (334046u | 1u)) >> (mul_hi(x, y) & 31u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (((y % ((560888u & y) | 1u)) << (mul_hi(rotate(929829u, y), (y ^ y)) & 31u))); y ^= x >> 3; x = x * 31u + (rotate((((750087u < x) ? 750087u : (x ^ 0x55u)) ^ 407436u), ((814354u * y) | ((x < 268350u) ? x : (268350u ^ 0x55u))))); y ^= x >> 3; x = x * 31u + ((y & (uint)(((int)(((796491u < 870489u) ? 796491u : (870489u ^ 0x55u)) & 0xffffu) - (int)(y & 0xffffu)) / 3))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c ^= convert_uint_sat(fabs(f) * 16.0f);
  a = (mul_hi((690566u >> (d & 31u)), (669276u | lid)) << (c & 31u));
  c = b;
  p[((c * 726603u) + 3u) & 7u] = mul_hi(((lid < b) ? lid : (b ^ 0x55u)), mul_hi(587503u, 940578u)); a += p[4u & 7u];
  for (int k = 0; k < 6; k++) {  d = (mul_hi((b >> (a & 31u)), (gid % (16232u | 1u))) >> (382894u & 31u)); }
  d = h0(((389970u << (b & 31u)) % ((d | d) | 1u)), rotate(rotate(852513u, lid), (d % (c | 1u))));
  d = (b - rotate((lid ^ gid), gid));
  f = clamp((((3.77f / (fabs(f) + 1.0f)) * (1.40f - (float)(a & 255u))) - fmax(fmin(f, 3.95f), ((float)(a & 255u) - f))), -1000.0f, 1000.0f);
  tile[lid] = max(241204u, (uint)(((int)(gid & 0xffffu) - (int)(712178u & 0xffffu)) / 3)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 1u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
