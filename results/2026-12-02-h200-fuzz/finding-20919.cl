struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((max((x << (x & 31u)), (x >> (x & 31u))) + ((y & x) + ((370126u < 801057u) ? 370126u : (801057u ^ 0x55u))))); y ^= x >> 3; x = x * 31u + (mul_hi(max((x + y), (uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3)), max(y, y))); y ^= x >> 3; x = x * 31u + (((max(x, y) - (x * 809324u)) ^ (((y < x) ? y : (x ^ 0x55u)) % ((uint)(((int)(y & 0xffffu) - (int)(92564u & 0xffffu)) / 3) | 1u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
__kernel void fuzz(__global uint *out, __global const uint *in, __global float *fout,
                   __global const float *fin, __global uint *acc,
                   __global const struct pair *pairs) {
  uint gid = get_global_id(0), lid = get_local_id(0);
  __local uint tile[64];
  __local struct pair lpair[64];
  uint p[8];
  for (int k = 0; k < 8; k++) p[k] = in[(gid + (uint)k) % 256u];
  uint a = in[gid], b = in[(gid * 7u + 3u) % 256u], c = gid, d = lid;
  float f = fin[gid], g = fin[(gid + 1u) % 256u];
  for (int k = 0; k < 6; k++) {  p[(768855u + 2u) & 7u] = 585756u; c += p[2u & 7u]; }
  b = min(max(a, (b ^ b)), max(max(a, a), (b | lid)));
  if (a == ((396835u % (b | 1u)) | (uint)(((int)(b & 0xffffu) - (int)(965910u & 0xffffu)) / 3))) { c = h0((909029u - a), ((mul_hi(586477u, c) < b) ? mul_hi(586477u, c) : (b ^ 0x55u))); } else { b = (rotate((226645u - 461941u), (d << (614933u & 31u))) / (134052u | 1u)); }
  switch (d & 3u) { case 0: c += 1u; break; case 1: c ^= 297u; /* falls through */ case 2: c = (b / ((a << (c & 31u)) | 1u)); break; default: c = rotate(c, 3u); }
  switch (mul_hi((gid << (d & 31u)), (d + b)) & 3u) { case 0: b += 1u; break; case 1: b ^= 309u; /* falls through */ case 2: b = c; break; default: b = rotate(b, 3u); }
  d = h0(((330448u + b) * (14124u | gid)), ((a << (140691u & 31u)) | (175579u + 124118u)));
  a = ((78860u ^ (uint)(((int)(b & 0xffffu) - (int)(d & 0xffffu)) / 3)) >> ((190432u | (lid & a)) & 31u));
  f = clamp(g, -1000.0f, 1000.0f);
  f = clamp(sqrt(fabs(fmax((f / (fabs(g) + 1.0f)), ((float)(a & 255u) / (fabs(2.34f) + 1.0f))))), -1000.0f, 1000.0f);
  b = (c + mul_hi(126895u, (lid | lid)));
  switch (d & 3u) { case 0: a += 1u; break; case 1: a ^= 43u; /* falls through */ case 2: a = rotate((a + c), (uint)(((int)(lid & 0xffffu) - (int)(825493u & 0xffffu)) / 3)); break; default: a = rotate(a, 3u); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
