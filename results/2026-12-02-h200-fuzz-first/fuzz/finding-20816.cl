struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((947084u & 256387u) ^ (803252u / (y | 1u))) ^ ((107960u * 1037539u) * min(y, y)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((x * (y >> (41401u & 31u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((x >> ((mul_hi(y, x) | 83789u) & 31u))); y ^= x >> 3; x = x * 31u + (((rotate(y, 987940u) - x) - ((x % (y | 1u)) - (uint)(((int)(x & 0xffffu) - (int)(709233u & 0xffffu)) / 3)))); y ^= x >> 3; x = x * 31u + ((x * ((338861u << (349561u & 31u)) * (x & 34725u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + ((uint)(((int)(min((y / (x | 1u)), (y >> (y & 31u))) & 0xffffu) - (int)(((526411u % (y | 1u)) - 331250u) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((x - max((y & x), (uint)(((int)(808044u & 0xffffu) - (int)(x & 0xffffu)) / 3)))); y ^= x >> 3; x = x * 31u + ((y - (rotate(y, 785109u) / (rotate(1027116u, x) | 1u)))); y ^= x >> 3; x = x * 31u + (((147765u < (uint)(((int)((x % (y | 1u)) & 0xffffu) - (int)(rotate(y, 715698u) & 0xffffu)) / 3)) ? 147765u : ((uint)(((int)((x % (y | 1u)) & 0xffffu) - (int)(rotate(y, 715698u) & 0xffffu)) / 3) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (rotate(((y >> (505425u & 31u)) * (y << (x & 31u))), ((y / (x | 1u)) << ((287775u & y) & 31u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (min(max(max(y, 349522u), x), ((y | y) * (x / (y | 1u))))); y ^= x >> 3; x = x * 31u + (((rotate(516514u, y) - mul_hi(237658u, 888639u)) | ((831870u << (x & 31u)) & 80855u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (max(min(rotate(y, y), x), (((x * x) < 139091u) ? (x * x) : (139091u ^ 0x55u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = h0((230542u + min(c, c)), (max(a, lid) + min(d, a)));
  b = h1((a % ((lid | c) | 1u)), ((d + 292865u) << ((lid << (b & 31u)) & 31u)));
  for (int k = 0; k < 1; k++) { if (((uint)k & 1u) == 0u) continue; f = clamp((clamp(f, -4.0f, 4.0f) / (fabs(fmax(sqrt(fabs(g)), (0.40f + 1.88f))) + 1.0f)), -1000.0f, 1000.0f); }
  b = (uint)(((int)(((b % (d | 1u)) - (d & 920455u)) & 0xffffu) - (int)(((a % (a | 1u)) - min(c, gid)) & 0xffffu)) / 3);
  p[(min(gid, 825132u) + 0u) & 7u] = min((uint)(((int)(a & 0xffffu) - (int)(d & 0xffffu)) / 3), 953633u); a += p[1u & 7u];
  tile[lid] = min(max(a, 526627u), (lid * 827376u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 50u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
