struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (5105u); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((x - (rotate(663319u, x) >> ((y / (x | 1u)) & 31u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  switch (((a / (149760u | 1u)) + (765804u + d)) & 3u) { case 0: a += 1u; break; case 1: a ^= 663u; /* falls through */ case 2: a = b; break; default: a = rotate(a, 3u); }
  b = (lid | (((a << (125199u & 31u)) < (a << (d & 31u))) ? (a << (125199u & 31u)) : ((a << (d & 31u)) ^ 0x55u)));
  b = ((((789730u | 668127u) < 65483u) ? (789730u | 668127u) : (65483u ^ 0x55u)) * ((493967u + c) / (gid | 1u)));
  a = (((819485u ^ b) >> ((c << (lid & 31u)) & 31u)) * ((a | 835120u) >> ((758156u & a) & 31u)));
  for (int k = 0; k < 4; k++) {  for (int k = 0; k < 1; k++) {  g = clamp((fmax(g, (3.29f + (float)(a & 255u))) * sqrt(fabs((float)(a & 255u)))), -1000.0f, 1000.0f); } }
  if (rotate(max(d, a), (lid - c)) == rotate(205625u, lid)) { f = clamp(clamp(sqrt(fabs(clamp((float)(a & 255u), -4.0f, 4.0f))), -4.0f, 4.0f), -1000.0f, 1000.0f); } else { p[(mul_hi(b, a) + 7u) & 7u] = 46152u; b += p[4u & 7u]; }
  for (int k = 0; k < 6; k++) {  b = h0((uint)(((int)(d & 0xffffu) - (int)((gid & 962028u) & 0xffffu)) / 3), rotate(c, a)); }
  b = max(mul_hi((gid - 785290u), (b >> (195281u & 31u))), 690420u);
  switch (gid & 3u) { case 0: c += 1u; break; case 1: c ^= 186u; /* falls through */ case 2: c = 524999u; break; default: c = rotate(c, 3u); }
  a = rotate(((b - 178637u) - mul_hi(899794u, b)), ((883904u / (gid | 1u)) ^ (gid - c)));
  for (int k = 0; k < 5; k++) {  p[((779562u * 447037u) + 2u) & 7u] = ((a | c) & rotate(lid, c)); b += p[1u & 7u]; }
  atomic_add(&acc[2u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
