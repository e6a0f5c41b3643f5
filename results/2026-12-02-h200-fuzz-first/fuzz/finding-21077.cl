struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((491820u % (((169838u % (x | 1u)) / (y | 1u)) | 1u))); y ^= x >> 3; x = x * 31u + ((((924297u | y) ^ ((y < y) ? y : (y ^ 0x55u))) + (y / ((y >> (x & 31u)) | 1u)))); y ^= x >> 3; x = x * 31u + (((mul_hi((514480u << (681325u & 31u)), y) < x) ? mul_hi((514480u << (681325u & 31u)), y) : (x ^ 0x55u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((916101u >> (999477u & 31u)) % ((x - x) | 1u)) & (((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) < (454153u / (777409u | 1u))) ? (uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) : ((454153u / (777409u | 1u)) ^ 0x55u)))); y ^= x >> 3; x = x * 31u + (rotate(((x & x) | (y << (x & 31u))), (min(y, 488908u) - (y ^ 55637u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 3; k++) {  c = (rotate(rotate(a, a), rotate(751419u, gid)) % (rotate((d << (1027645u & 31u)), (a + 803390u)) | 1u)); }
  g = clamp(sqrt(fabs(sqrt(fabs((f * 3.17f))))), -1000.0f, 1000.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
