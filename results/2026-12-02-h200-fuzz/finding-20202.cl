struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((y & (y % (182619u | 1u)))); y ^= x >> 3; x = x * 31u + ((uint)(((int)(929009u & 0xffffu) - (int)(x & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (950356u); y ^= x >> 3; x = x * 31u + (rotate(y, (((y < y) ? y : (y ^ 0x55u)) | 864754u))); y ^= x >> 3; x = x * 31u + ((((x << (273077u & 31u)) / (y | 1u)) & rotate((524u + y), (x << (984555u & 31u))))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = max(c, ((821484u + c) / (rotate(b, 475156u) | 1u)));
  c = h1(((min(a, 1016258u) < (b % (55888u | 1u))) ? min(a, 1016258u) : ((b % (55888u | 1u)) ^ 0x55u)), ((506809u % (1011839u | 1u)) - ((a < gid) ? a : (gid ^ 0x55u))));
  if (((d | lid) | (uint)(((int)(lid & 0xffffu) - (int)(b & 0xffffu)) / 3)) == min((b - a), (uint)(((int)(a & 0xffffu) - (int)(262947u & 0xffffu)) / 3))) { a = 369650u; } else { f = clamp(clamp(f, -4.0f, 4.0f), -1000.0f, 1000.0f); }
  if (min((a % (b | 1u)), max(258445u, 345696u)) > ((d >> (c & 31u)) & ((gid < 242000u) ? gid : (242000u ^ 0x55u)))) { d = b; } else { b ^= convert_uint_sat(fabs(fmax(((float)(a & 255u) * f), sqrt(fabs(3.51f)))) * 16.0f); }
  if (max(mul_hi(a, gid), (uint)(((int)(c & 0xffffu) - (int)(77849u & 0xffffu)) / 3)) > (1041442u + (201913u & 624822u))) { switch (lid & 3u) { case 0: b += 1u; break; case 1: b ^= 415u; /* falls through */ case 2: b = ((uint)(((int)(c & 0xffffu) - (int)(c & 0xffffu)) / 3) << ((a % (c | 1u)) & 31u)); break; default: b = rotate(b, 3u); } } else { f = clamp(clamp(sqrt(fabs((g * g))), -4.0f, 4.0f), -1000.0f, 1000.0f); }
  tile[lid] = ((205590u < b) ? 205590u : (b ^ 0x55u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 27u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
