struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((min((y << (27076u & 31u)), (96520u + x)) | y)); y ^= x >> 3; x = x * 31u + ((x ^ (x | y))); y ^= x >> 3; x = x * 31u + ((min(mul_hi(884395u, 1015508u), 227378u) + y)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = (((b | b) | 595096u) ^ ((604796u - lid) / (min(b, 960791u) | 1u)));
  a = h0(min((uint)(((int)(lid & 0xffffu) - (int)(27172u & 0xffffu)) / 3), min(d, b)), d);
  if ((((d < lid) ? d : (lid ^ 0x55u)) + d) == (max(d, 673421u) ^ ((lid < c) ? lid : (c ^ 0x55u)))) { c ^= convert_uint_sat(fabs((f / (fabs((f * g)) + 1.0f))) * 16.0f); } else { if ((b >> (mul_hi(b, a) & 31u)) < ((c + 549327u) + ((gid < gid) ? gid : (gid ^ 0x55u)))) { c = mul_hi((min(lid, 398450u) * b), min((b % (789942u | 1u)), min(a, lid))); } else { a ^= convert_uint_sat(fabs(3.66f) * 16.0f); } }
  c = ((rotate(gid, a) >> (((gid < gid) ? gid : (gid ^ 0x55u)) & 31u)) >> ((uint)(((int)(((c < gid) ? c : (gid ^ 0x55u)) & 0xffffu) - (int)(731275u & 0xffffu)) / 3) & 31u));
  b ^= convert_uint_sat(fabs(fmin(((float)(a & 255u) / (fabs(2.34f) + 1.0f)), g)) * 16.0f);
  a = (b ^ d);
  a = h0((uint)(((int)(637258u & 0xffffu) - (int)(mul_hi(b, 985471u) & 0xffffu)) / 3), 345684u);
  for (int k = 0; k < 4; k++) { if ((b & 7u) == 0u) break; f = clamp(clamp(((g - 1.53f) / (fabs((f * (float)(a & 255u))) + 1.0f)), -4.0f, 4.0f), -1000.0f, 1000.0f); }
  tile[lid] = max(277405u, (c * 466441u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 62u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
