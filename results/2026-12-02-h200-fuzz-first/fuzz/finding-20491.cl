struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (606041u); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((y ^ y) << (y & 31u)) * x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((rotate(x, x) + (y & y)) < (mul_hi(x, y) | max(y, x))) ? (rotate(x, x) + (y & y)) : ((mul_hi(x, y) | max(y, x)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (((mul_hi(y, 827381u) ^ x) >> (((974935u / (796158u | 1u)) >> (380639u & 31u)) & 31u))); y ^= x >> 3; x = x * 31u + ((((mul_hi(y, x) < rotate(168071u, x)) ? mul_hi(y, x) : (rotate(168071u, x) ^ 0x55u)) / (mul_hi((y >> (y & 31u)), min(x, y)) | 1u))); y ^= x >> 3; x = x * 31u + (max((y & (y + 65547u)), (x | mul_hi(960036u, y)))); y ^= x >> 3; x = x * 31u + (min(140984u, (571728u - 460540u))); y ^= x >> 3; x = x * 31u + (437751u); y ^= x >> 3; x = x * 31u + (mul_hi(y, (x & (39171u | y)))); y ^= x >> 3; x = x * 31u + ((((436121u | x) * (y ^ y)) ^ y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = d;
  d = rotate(d, ((lid << (971278u & 31u)) | (217430u + c)));
  d = mul_hi(((rotate(599526u, 729431u) < 263349u) ? rotate(599526u, 729431u) : (263349u ^ 0x55u)), 768182u);
  tile[lid] = (425836u * a); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 31u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
