struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((y & (rotate(574505u, x) << ((y * x) & 31u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (((548234u >> (b & 31u)) | (lid & gid)) > (d % ((1043393u * b) | 1u))) { if (((c < 469247u) ? c : (469247u ^ 0x55u)) == (((253373u < c) ? 253373u : (c ^ 0x55u)) - (lid >> (552722u & 31u)))) { c = d; } else { b ^= convert_uint_sat(fabs((fmax(g, f) + (float)(a & 255u))) * 16.0f); } } else { d = h0(min((lid % (547331u | 1u)), (uint)(((int)(gid & 0xffffu) - (int)(b & 0xffffu)) / 3)), ((310590u < (b - 561401u)) ? 310590u : ((b - 561401u) ^ 0x55u))); }
  f = clamp((g + f), -1000.0f, 1000.0f);
  for (int k = 0; k < 6; k++) { if ((b & 7u) == 3u) break; switch (636843u & 3u) { case 0: b += 1u; break; case 1: b ^= 212u; /* falls through */ case 2: b = ((b - c) << ((827896u >> (lid & 31u)) & 31u)); break; default: b = rotate(b, 3u); } }
  c = mul_hi(((611552u << (133592u & 31u)) / (max(a, d) | 1u)), min((a / (416478u | 1u)), mul_hi(591862u, 166292u)));
  if ((c % ((lid % (a | 1u)) | 1u)) == ((483605u * lid) & (a >> (lid & 31u)))) { c = 469873u; } else { p[((lid - d) + 4u) & 7u] = ((uint)(((int)(c & 0xffffu) - (int)(gid & 0xffffu)) / 3) ^ (669220u % (d | 1u))); b += p[3u & 7u]; }
  for (int k = 0; k < 1; k++) { if ((d & 7u) == 3u) break; if (d > mul_hi(lid, min(b, 625262u))) { p[((c + a) + 1u) & 7u] = (mul_hi(lid, d) >> (((968296u < b) ? 968296u : (b ^ 0x55u)) & 31u)); a += p[6u & 7u]; } else { p[(min(gid, 997125u) + 5u) & 7u] = 161400u; b += p[3u & 7u]; } }
  c = (mul_hi(lid, (317305u / (d | 1u))) + (uint)(((int)((b << (a & 31u)) & 0xffffu) - (int)(max(b, a) & 0xffffu)) / 3));
  atomic_add(&acc[0u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
