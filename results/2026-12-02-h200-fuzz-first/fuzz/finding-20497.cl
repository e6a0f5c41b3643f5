struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((1040624u << (y & 31u)) % (716534u | 1u)) + (max(x, x) * (uint)(((int)(472177u & 0xffffu) - (int)(y & 0xffffu)) / 3)))); y ^= x >> 3; x = x * 31u + ((((554503u < ((541972u < 259039u) ? 541972u : (259039u ^ 0x55u))) ? 554503u : (((541972u < 259039u) ? 541972u : (259039u ^ 0x55u)) ^ 0x55u)) ^ ((y | y) + max(606685u, 597899u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (min(x, (uint)(((int)((uint)(((int)(y & 0xffffu) - (int)(x & 0xffffu)) / 3) & 0xffffu) - (int)((x << (1039847u & 31u)) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + (min((155266u - 769466u), (max(461915u, y) / ((y & 1001289u) | 1u)))); y ^= x >> 3; x = x * 31u + ((((x * y) >> (697652u & 31u)) >> ((((205828u / (y | 1u)) < 998875u) ? (205828u / (y | 1u)) : (998875u ^ 0x55u)) & 31u))); y ^= x >> 3; x = x * 31u + ((((x | 980992u) | ((820286u < y) ? 820286u : (y ^ 0x55u))) / ((min(927805u, y) / ((y & x) | 1u)) | 1u))); y ^= x >> 3; x = x * 31u + (max((y << ((483719u % (482762u | 1u)) & 31u)), ((y * 719955u) << (y & 31u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((y % (y | 1u)) - (132388u / (479576u | 1u))) - y)); y ^= x >> 3; x = x * 31u + ((((564928u | y) >> ((131876u % (34530u | 1u)) & 31u)) - max(((x < 811439u) ? x : (811439u ^ 0x55u)), mul_hi(x, 912855u)))); y ^= x >> 3; x = x * 31u + ((x ^ max((x & 336990u), 607546u))); y ^= x >> 3; x = x * 31u + ((381092u << ((uint)(((int)((y >> (y & 31u)) & 0xffffu) - (int)(max(223647u, 733885u) & 0xffffu)) / 3) & 31u))); y ^= x >> 3; x = x * 31u + (max(372028u, (x * (802882u * x)))); y ^= x >> 3; x = x * 31u + (((((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) < (y | y)) ? (uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) : ((y | y) ^ 0x55u)) - x)); y ^= x >> 3; x = x * 31u + ((((619735u / (13996u | 1u)) & y) % (min(mul_hi(x, x), ((966384u < 1040935u) ? 966384u : (1040935u ^ 0x55u))) | 1u))); y ^= x >> 3; x = x * 31u + ((1008492u << (x & 31u))); y ^= x >> 3; x = x * 31u + (((((y << (x & 31u)) < 351136u) ? (y << (x & 31u)) : (351136u ^ 0x55u)) ^ 369158u)); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((uint)(((int)((x << (y & 31u)) & 0xffffu) - (int)(((x < x) ? x : (x ^ 0x55u)) & 0xffffu)) / 3) + x)); y ^= x >> 3; x = x * 31u + (((50877u + max(x, y)) & min((661289u & x), (963705u >> (614227u & 31u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (124924u > ((c * a) * max(lid, a))) { f = clamp((fmax(g, f) * sqrt(fabs(f))), -1000.0f, 1000.0f); } else { b = gid; }
  if (((d * b) / (rotate(869079u, b) | 1u)) == (uint)(((int)(max(a, lid) & 0xffffu) - (int)((uint)(((int)(c & 0xffffu) - (int)(d & 0xffffu)) / 3) & 0xffffu)) / 3)) { for (int k = 0; k < 1; k++) {  b = (d / (131799u | 1u)); } } else { switch (d & 3u) { case 0: c += 1u; break; case 1: c ^= 793u; /* falls through */ case 2: c = 898952u; break; default: c = rotate(c, 3u); } }
  for (int k = 0; k < 3; k++) { if ((a & 7u) == 0u) break; a = min((522444u * (a * lid)), a); }
  f = clamp(f, -1000.0f, 1000.0f);
  c = h1(286849u, ((937002u - gid) & min(b, c)));
  b = h0(d, 251605u);
  c = h0((uint)(((int)(164429u & 0xffffu) - (int)(376176u & 0xffffu)) / 3), (uint)(((int)((a + gid) & 0xffffu) - (int)(287062u & 0xffffu)) / 3));
  tile[lid] = mul_hi((gid - gid), mul_hi(gid, d)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 17u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
