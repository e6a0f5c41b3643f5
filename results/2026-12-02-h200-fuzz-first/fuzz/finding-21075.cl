struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((uint)(((int)((x - y) & 0xffffu) - (int)(112741u & 0xffffu)) / 3) >> ((x * (y % (39246u | 1u))) & 31u))); y ^= x >> 3; x = x * 31u + ((((60664u / (y | 1u)) * (x | x)) / (((x / (916309u | 1u)) * (uint)(((int)(x & 0xffffu) - (int)(y & 0xffffu)) / 3)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((x >> ((793244u ^ (x / (461850u | 1u))) & 31u))); y ^= x >> 3; x = x * 31u + ((((323683u / (x | 1u)) << (x & 31u)) & ((x / (923238u | 1u)) & x))); y ^= x >> 3; x = x * 31u + ((x / (((594887u << (y & 31u)) % (x | 1u)) | 1u))); y ^= x >> 3; x = x * 31u + (836114u); y ^= x >> 3; x = x * 31u + ((35201u ^ 621554u)); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((989088u - x) | max(y, 952065u)) ^ y)); y ^= x >> 3; x = x * 31u + (rotate(((y / (x | 1u)) / (min(1039100u, y) | 1u)), (uint)(((int)((x / (760620u | 1u)) & 0xffffu) - (int)(max(x, 340714u) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((mul_hi((x / (x | 1u)), (x % (y | 1u))) - ((y ^ y) | rotate(y, y)))); y ^= x >> 3; x = x * 31u + ((((63984u + y) << (y & 31u)) & y)); y ^= x >> 3; x = x * 31u + ((x * 475538u)); y ^= x >> 3; x = x * 31u + ((((y + y) / ((263424u - y) | 1u)) | rotate((y % (y | 1u)), ((y < x) ? y : (x ^ 0x55u))))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  a = (rotate(((736819u < 737528u) ? 736819u : (737528u ^ 0x55u)), ((gid < 773425u) ? gid : (773425u ^ 0x55u))) ^ (d * (gid + lid)));
  b = ((uint)(((int)(c & 0xffffu) - (int)(mul_hi(b, lid) & 0xffffu)) / 3) | rotate((lid | c), (c >> (64458u & 31u))));
  for (int k = 0; k < 2; k++) { if ((a & 7u) == 0u) break; p[((699792u & 554814u) + 7u) & 7u] = (((gid % (gid | 1u)) < (c + d)) ? (gid % (gid | 1u)) : ((c + d) ^ 0x55u)); b += p[4u & 7u]; }
  p[(b + 4u) & 7u] = 381069u; b += p[1u & 7u];
  if (839897u < (845643u << (((c < c) ? c : (c ^ 0x55u)) & 31u))) { if (min(lid, (b >> (c & 31u))) != (uint)(((int)(min(41642u, lid) & 0xffffu) - (int)((430437u % (b | 1u)) & 0xffffu)) / 3)) { f = clamp(g, -1000.0f, 1000.0f); } else { b = min(rotate(a, 801178u), rotate((c & lid), max(163590u, 508531u))); } } else { b ^= convert_uint_sat(fabs(sqrt(fabs(2.12f))) * 16.0f); }
  p[(mul_hi(d, lid) + 3u) & 7u] = (c >> (626377u & 31u)); b += p[3u & 7u];
  if ((((gid ^ b) < (933484u >> (b & 31u))) ? (gid ^ b) : ((933484u >> (b & 31u)) ^ 0x55u)) != 77399u) { c = h1(a, (max(d, 239726u) | rotate(b, 243796u))); } else { d = (min((942643u << (d & 31u)), (479640u ^ b)) & ((c / (d | 1u)) % ((c / (66639u | 1u)) | 1u))); }
  d = (uint)(((int)((uint)(((int)(mul_hi(a, 229206u) & 0xffffu) - (int)(rotate(lid, c) & 0xffffu)) / 3) & 0xffffu) - (int)(((b << (gid & 31u)) + rotate(988065u, a)) & 0xffffu)) / 3);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
