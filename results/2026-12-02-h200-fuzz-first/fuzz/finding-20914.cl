struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((401873u & y)); y ^= x >> 3; x = x * 31u + ((((821976u * 750603u) * y) << (x & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((max(min(723624u, x), (uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3)) & (y << (((x < x) ? x : (x ^ 0x55u)) & 31u)))); y ^= x >> 3; x = x * 31u + (max(x, x)); y ^= x >> 3; x = x * 31u + ((max(max(993959u, x), (uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3)) | 989992u)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[(682928u + 6u) & 7u] = min((uint)(((int)(117471u & 0xffffu) - (int)(140900u & 0xffffu)) / 3), (b >> (681384u & 31u))); a += p[7u & 7u];
  b ^= convert_uint_sat(fabs(clamp(f, -4.0f, 4.0f)) * 16.0f);
  a = h0(rotate(((c < 360742u) ? c : (360742u ^ 0x55u)), rotate(a, b)), ((927797u & lid) + (209u >> (727914u & 31u))));
  c ^= convert_uint_sat(fabs(fmax(sqrt(fabs((float)(a & 255u))), fmin((float)(a & 255u), 3.21f))) * 16.0f);
  a = h1(((365387u ^ 460837u) + ((514991u < 708391u) ? 514991u : (708391u ^ 0x55u))), ((d + 342614u) - (d - gid)));
  c = min(min(20117u, 121293u), ((lid << (a & 31u)) ^ (454423u / (b | 1u))));
  a = h0(mul_hi((460756u - lid), 919735u), ((921063u - gid) << (gid & 31u)));
  b ^= convert_uint_sat(fabs(sqrt(fabs(fmin((float)(a & 255u), 2.99f)))) * 16.0f);
  switch ((((c < d) ? c : (d ^ 0x55u)) % ((794389u | b) | 1u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 99u; /* falls through */ case 2: b = c; break; default: b = rotate(b, 3u); }
  p[((uint)(((int)(914440u & 0xffffu) - (int)(gid & 0xffffu)) / 3) + 7u) & 7u] = (mul_hi(lid, c) + (d | 32844u)); b += p[1u & 7u];
  switch (lid & 3u) { case 0: a += 1u; break; case 1: a ^= 366u; /* falls through */ case 2: a = ((417228u & a) ^ gid); break; default: a = rotate(a, 3u); }
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
