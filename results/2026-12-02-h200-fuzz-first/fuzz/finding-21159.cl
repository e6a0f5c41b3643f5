struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (min((192235u << (y & 31u)), rotate((y * 169196u), y))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((((y - x) + mul_hi(y, x)) & (((x ^ 1032318u) < y) ? (x ^ 1032318u) : (y ^ 0x55u)))); y ^= x >> 3; x = x * 31u + (min((678306u + (x + 483836u)), (958777u / (108853u | 1u)))); y ^= x >> 3; x = x * 31u + (((547337u | min(544006u, x)) >> (rotate(mul_hi(y, 760713u), (y << (y & 31u))) & 31u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((410058u & (307153u & (993370u / (947121u | 1u))))); y ^= x >> 3; x = x * 31u + ((x << (y & 31u))); y ^= x >> 3; x = x * 31u + (max(mul_hi((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3), x), rotate(696814u, 220223u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp(((fmax(1.32f, (float)(a & 255u)) * ((float)(a & 255u) - f)) / (fabs(0.2f) + 1.0f)), -1000.0f, 1000.0f);
  a = max(gid, (((672447u + b) < ((gid < gid) ? gid : (gid ^ 0x55u))) ? (672447u + b) : (((gid < gid) ? gid : (gid ^ 0x55u)) ^ 0x55u)));
  for (int k = 0; k < 1; k++) { if ((c & 7u) == 5u) break; p[(1023299u + 3u) & 7u] = ((622932u << (559195u & 31u)) - c); d += p[0u & 7u]; }
  b ^= convert_uint_sat(fabs(f) * 16.0f);
  for (int k = 0; k < 3; k++) {  a ^= convert_uint_sat(fabs((2.10f * fmin(2.40f, (float)(a & 255u)))) * 16.0f); }
  tile[lid] = ((d | 989476u) << (rotate(d, lid) & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 43u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
