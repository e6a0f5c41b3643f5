struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (max(((x * 911416u) >> ((x | y) & 31u)), (uint)(((int)((y * x) & 0xffffu) - (int)((y % (130566u | 1u)) & 0xffffu)) / 3))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  g = clamp(sqrt(fabs(((1.45f - (float)(a & 255u)) + ((float)(a & 255u) + g)))), -1000.0f, 1000.0f);
  f = clamp(3.92f, -1000.0f, 1000.0f);
  p[((gid >> (b & 31u)) + 5u) & 7u] = (min(176387u, 159347u) - ((853917u < 101180u) ? 853917u : (101180u ^ 0x55u))); c += p[1u & 7u];
  b = h0(mul_hi((798425u + 46226u), (b << (c & 31u))), ((463990u ^ c) & (c >> (100719u & 31u))));
  if (((c / (b | 1u)) ^ (b % (21830u | 1u))) == (mul_hi(141299u, 752761u) ^ mul_hi(d, d))) { d = (((a * 551184u) * (gid % (c | 1u))) * ((lid ^ gid) % (min(lid, 744634u) | 1u))); } else { a = h0(((uint)(((int)(lid & 0xffffu) - (int)(gid & 0xffffu)) / 3) << (d & 31u)), (d >> (min(gid, d) & 31u))); }
  b = h0(((828775u | 913829u) ^ (1005358u * lid)), b);
  c = min(((568294u < 959243u) ? 568294u : (959243u ^ 0x55u)), min(min(459294u, 612053u), 489346u));
  tile[lid] = ((588638u << (c & 31u)) - 87890u); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 47u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
