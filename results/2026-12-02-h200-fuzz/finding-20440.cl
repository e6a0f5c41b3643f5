struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((min(max(188622u, x), (uint)(((int)(972057u & 0xffffu) - (int)(11289u & 0xffffu)) / 3)) - rotate(577104u, 752391u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = (345260u << ((uint)(((int)(280696u & 0xffffu) - (int)(max(c, 736639u) & 0xffffu)) / 3) & 31u));
  c = lid;
  f = clamp(sqrt(fabs(g)), -1000.0f, 1000.0f);
  b = lid;
  a = mul_hi(max((uint)(((int)(a & 0xffffu) - (int)(792477u & 0xffffu)) / 3), (lid | lid)), (lid << (((625798u < 347580u) ? 625798u : (347580u ^ 0x55u)) & 31u)));
  if (b < 467461u) { if (((uint)(((int)(a & 0xffffu) - (int)(d & 0xffffu)) / 3) % (c | 1u)) != (max(a, lid) & b)) { b ^= convert_uint_sat(fabs(((0.17f / (fabs(3.76f) + 1.0f)) - f)) * 16.0f); } else { c = max((gid * min(b, c)), gid); } } else { d = (uint)(((int)(gid & 0xffffu) - (int)(mul_hi((38619u >> (786088u & 31u)), (gid & 18608u)) & 0xffffu)) / 3); }
  if ((rotate(811014u, 772448u) & d) != max(min(827834u, 299850u), d)) { switch (gid & 3u) { case 0: a += 1u; break; case 1: a ^= 810u; /* falls through */ case 2: a = ((985739u >> (b & 31u)) / (min(868004u, lid) | 1u)); break; default: a = rotate(a, 3u); } } else { b = h0(457503u, min(((b < 437047u) ? b : (437047u ^ 0x55u)), (a << (a & 31u)))); }
  for (int k = 0; k < 4; k++) { if (((uint)k & 1u) == 0u) continue; p[(rotate(701016u, d) + 7u) & 7u] = ((uint)(((int)(714410u & 0xffffu) - (int)(lid & 0xffffu)) / 3) * (gid & lid)); b += p[5u & 7u]; }
  c = c;
  atomic_add(&acc[3u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
