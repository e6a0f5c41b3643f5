struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((uint)(((int)(x & 0xffffu) - (int)((min(x, 657358u) * (x % (745431u | 1u))) & 0xffffu)) / 3)); y ^= x >> 3; x = x * 31u + ((rotate(x, (y ^ x)) / (((y % (417761u | 1u)) ^ (x / (x | 1u))) | 1u))); y ^= x >> 3; x = x * 31u + ((((x & 686701u) * mul_hi(262498u, y)) >> (((x & x) + max(y, 529657u)) & 31u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (min((x + y), rotate((x % (y | 1u)), min(x, 470796u)))); y ^= x >> 3; x = x * 31u + ((((min(1022535u, 498708u) < 960180u) ? min(1022535u, 498708u) : (960180u ^ 0x55u)) >> (y & 31u))); y ^= x >> 3; x = x * 31u + ((((y | x) * (129340u * 132242u)) + ((x % (y | 1u)) * (110716u - x)))); y ^= x >> 3; x = x * 31u + (((((y < x) ? y : (x ^ 0x55u)) - 719403u) << (max((y + y), (y & 874613u)) & 31u))); y ^= x >> 3; x = x * 31u + ((((rotate(y, x) | 1015710u) < ((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) ^ x)) ? (rotate(y, x) | 1015710u) : (((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) ^ x) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (rotate((989320u & (348113u >> (844465u & 31u))), rotate((uint)(((int)(403422u & 0xffffu) - (int)(x & 0xffffu)) / 3), x))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (min((426469u ^ (x - x)), ((y >> (y & 31u)) - (x / (y | 1u))))); y ^= x >> 3; x = x * 31u + (((uint)(((int)((y + x) & 0xffffu) - (int)(max(116272u, 614102u) & 0xffffu)) / 3) - ((x % (y | 1u)) >> ((x << (660178u & 31u)) & 31u)))); y ^= x >> 3; x = x * 31u + ((((y * y) * (247235u / (y | 1u))) - ((y * y) >> (x & 31u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[((gid - 714074u) + 2u) & 7u] = (gid & ((162809u < gid) ? 162809u : (gid ^ 0x55u))); d += p[4u & 7u];
  f = clamp(clamp(((f - 3.83f) - ((float)(a & 255u) / (fabs((float)(a & 255u)) + 1.0f))), -4.0f, 4.0f), -1000.0f, 1000.0f);
  p[((817856u ^ c) + 0u) & 7u] = ((a >> (716776u & 31u)) % ((uint)(((int)(lid & 0xffffu) - (int)(d & 0xffffu)) / 3) | 1u)); d += p[5u & 7u];
  c = (min((d - 862748u), max(c, 1018236u)) % (lid | 1u));
  d = h1((min(lid, 193520u) * b), b);
  d ^= convert_uint_sat(fabs(fmax((g / (fabs(g) + 1.0f)), (g - 2.56f))) * 16.0f);
  switch ((c >> ((lid + c) & 31u)) & 3u) { case 0: c += 1u; break; case 1: c ^= 368u; /* falls through */ case 2: c = min(c, (132524u - d)); break; default: c = rotate(c, 3u); }
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
