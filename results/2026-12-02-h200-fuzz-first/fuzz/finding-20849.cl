struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((y / (((493507u >> (598216u & 31u)) & (x >> (x & 31u))) | 1u))); y ^= x >> 3; x = x * 31u + (((411447u / (41826u | 1u)) << (min((x | 45330u), ((422205u < 539932u) ? 422205u : (539932u ^ 0x55u))) & 31u))); y ^= x >> 3; x = x * 31u + (min(((y & x) % (x | 1u)), min(mul_hi(x, y), max(786729u, 320231u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((x & (((x < 253314u) ? x : (253314u ^ 0x55u)) >> ((x | 617226u) & 31u)))); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(26235u & 0xffffu) - (int)(x & 0xffffu)) / 3) * (y | 634860u)) - (uint)(((int)((uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3) & 0xffffu) - (int)(686705u & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + (((y << (rotate(y, x) & 31u)) * (x % ((y + x) | 1u)))); y ^= x >> 3; x = x * 31u + (mul_hi(379793u, ((y % (1029739u | 1u)) << (x & 31u)))); y ^= x >> 3; x = x * 31u + ((((x | 902562u) ^ (y ^ y)) + ((x << (979507u & 31u)) * (y & y)))); y ^= x >> 3; x = x * 31u + ((x * ((x % (y | 1u)) >> ((x + x) & 31u)))); y ^= x >> 3; x = x * 31u + ((x | ((x ^ y) >> ((x % (y | 1u)) & 31u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[(((lid < gid) ? lid : (gid ^ 0x55u)) + 5u) & 7u] = max((b | lid), mul_hi(c, 401114u)); c += p[3u & 7u];
  g = clamp(((float)(a & 255u) / (fabs(fmax(f, (float)(a & 255u))) + 1.0f)), -1000.0f, 1000.0f);
  a ^= convert_uint_sat(fabs(g) * 16.0f);
  c = ((a - (b | 328330u)) % (((1016343u & lid) - 64028u) | 1u));
  a = (b << (852034u & 31u));
  switch (((gid - d) % (((a < 224978u) ? a : (224978u ^ 0x55u)) | 1u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 295u; /* falls through */ case 2: b = ((b | b) | (uint)(((int)(b & 0xffffu) - (int)(lid & 0xffffu)) / 3)); break; default: b = rotate(b, 3u); }
  if (((d ^ gid) - lid) == (((a < a) ? a : (a ^ 0x55u)) + min(gid, 628075u))) { switch (max((d % (lid | 1u)), (lid % (c | 1u))) & 3u) { case 0: d += 1u; break; case 1: d ^= 271u; /* falls through */ case 2: d = gid; break; default: d = rotate(d, 3u); } } else { for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 0u) continue; p[(min(199965u, lid) + 3u) & 7u] = min(((c < 17414u) ? c : (17414u ^ 0x55u)), rotate(b, a)); c += p[7u & 7u]; } }
  for (int k = 0; k < 3; k++) { if (((uint)k & 1u) == 0u) continue; a = (uint)(((int)(((lid % (d | 1u)) * rotate(c, lid)) & 0xffffu) - (int)(rotate(min(gid, a), max(d, 553905u)) & 0xffffu)) / 3); }
  tile[lid] = lid; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 42u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[3u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
