struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (560321u); y ^= x >> 3; x = x * 31u + ((((y & 415789u) % (min(x, x) | 1u)) % ((uint)(((int)((y - x) & 0xffffu) - (int)((x * y) & 0xffffu)) / 3) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 2; k++) { if ((d & 7u) == 1u) break; switch (d & 3u) { case 0: b += 1u; break; case 1: b ^= 952u; /* falls through */ case 2: b = ((lid | a) | (lid % (c | 1u))); break; default: b = rotate(b, 3u); } }
  if ((a + rotate(a, d)) > ((uint)(((int)(159129u & 0xffffu) - (int)(275858u & 0xffffu)) / 3) * (106610u | c))) { if (mul_hi((a * lid), 647535u) == ((uint)(((int)(30579u & 0xffffu) - (int)(lid & 0xffffu)) / 3) << ((149597u << (lid & 31u)) & 31u))) { b = 475481u; } else { f = clamp(clamp(g, -4.0f, 4.0f), -1000.0f, 1000.0f); } } else { switch (((uint)(((int)(a & 0xffffu) - (int)(a & 0xffffu)) / 3) * 984387u) & 3u) { case 0: d += 1u; break; case 1: d ^= 172u; /* falls through */ case 2: d = max(((181012u < b) ? 181012u : (b ^ 0x55u)), mul_hi(a, lid)); break; default: d = rotate(d, 3u); } }
  d = h0(max((uint)(((int)(938921u & 0xffffu) - (int)(c & 0xffffu)) / 3), b), (gid << ((b * 801495u) & 31u)));
  a = max(min(941167u, (c & d)), gid);
  if ((658980u & 259472u) == (uint)(((int)(c & 0xffffu) - (int)((lid - lid) & 0xffffu)) / 3)) { for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 1u) continue; g = clamp(fmax(((float)(a & 255u) * (1.10f - (float)(a & 255u))), g), -1000.0f, 1000.0f); } } else { p[(min(d, 775203u) + 3u) & 7u] = ((lid & b) | max(c, a)); c += p[5u & 7u]; }
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
