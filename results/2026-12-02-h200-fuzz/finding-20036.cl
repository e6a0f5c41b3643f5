struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (705932u); y ^= x >> 3; x = x * 31u + ((531354u / (((697607u % (x | 1u)) | max(y, 954668u)) | 1u))); y ^= x >> 3; x = x * 31u + ((((uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3) << ((x * x) & 31u)) / (max(((y < 35989u) ? y : (35989u ^ 0x55u)), (y * 446762u)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (min(min((uint)(((int)(404117u & 0xffffu) - (int)(497237u & 0xffffu)) / 3), min(x, y)), ((729112u % (y | 1u)) - (uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3)))); y ^= x >> 3; x = x * 31u + ((((x < (19356u * 550023u)) ? x : ((19356u * 550023u) ^ 0x55u)) % (((953744u & y) + y) | 1u))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + (((y * (uint)(((int)(160103u & 0xffffu) - (int)(796346u & 0xffffu)) / 3)) << (((rotate(1043211u, y) < y) ? rotate(1043211u, y) : (y ^ 0x55u)) & 31u))); y ^= x >> 3; x = x * 31u + (min(((790829u - x) / (x | 1u)), (x + (x - x)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((y >> (667492u & 31u))); y ^= x >> 3; x = x * 31u + ((y >> (min((y + x), min(x, 321383u)) & 31u))); y ^= x >> 3; x = x * 31u + ((min((109896u / (535618u | 1u)), (921200u >> (974408u & 31u))) >> ((min(y, y) ^ mul_hi(531468u, x)) & 31u))); y ^= x >> 3; x = x * 31u + (((x | ((x < x) ? x : (x ^ 0x55u))) ^ 425152u)); y ^= x >> 3; x = x * 31u + (min(mul_hi(max(837677u, y), 691684u), ((x | x) >> ((uint)(((int)(y & 0xffffu) - (int)(y & 0xffffu)) / 3) & 31u)))); y ^= x >> 3; x = x * 31u + (mul_hi((x >> (670903u & 31u)), (max(y, x) & (x >> (x & 31u))))); y ^= x >> 3; x = x * 31u + (((((y - y) >> ((804054u % (260890u | 1u)) & 31u)) < min(min(801821u, x), (y / (y | 1u)))) ? ((y - y) >> ((804054u % (260890u | 1u)) & 31u)) : (min(min(801821u, x), (y / (y | 1u))) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((uint)(((int)(((x < y) ? x : (y ^ 0x55u)) & 0xffffu) - (int)((y + 291448u) & 0xffffu)) / 3) * (834034u % ((x - x) | 1u)))); y ^= x >> 3; x = x * 31u + (243718u); y ^= x >> 3; x = x * 31u + (max(((538366u >> (x & 31u)) ^ y), ((833599u >> (y & 31u)) - (157072u >> (x & 31u))))); y ^= x >> 3; x = x * 31u + (min((45266u ^ (883614u >> (y & 31u))), 856508u)); y ^= x >> 3; x = x * 31u + ((((409472u + x) ^ x) ^ (468046u % (190720u | 1u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 6; k++) {  for (int k = 0; k < 2; k++) {  a = a; } }
  for (int k = 0; k < 5; k++) { if (((uint)k & 1u) == 0u) continue; p[(485634u + 6u) & 7u] = (b ^ (b % (b | 1u))); c += p[7u & 7u]; }
  p[(lid + 0u) & 7u] = lid; d += p[2u & 7u];
  a = (rotate(71931u, (lid >> (a & 31u))) * ((a / (65145u | 1u)) * lid));
  switch (200327u & 3u) { case 0: b += 1u; break; case 1: b ^= 790u; /* falls through */ case 2: b = mul_hi((c / (a | 1u)), (d << (b & 31u))); break; default: b = rotate(b, 3u); }
  a = min(((d % (964311u | 1u)) - (gid % (a | 1u))), 1008838u);
  if (mul_hi((593657u + 317548u), min(621598u, c)) == mul_hi((lid / (c | 1u)), (65469u * b))) { b = rotate(((b << (a & 31u)) + (b + gid)), max(rotate(gid, 338743u), a)); } else { switch (min(d, (lid / (559854u | 1u))) & 3u) { case 0: d += 1u; break; case 1: d ^= 140u; /* falls through */ case 2: d = ((538564u * 500063u) - (uint)(((int)(946437u & 0xffffu) - (int)(201363u & 0xffffu)) / 3)); break; default: d = rotate(d, 3u); } }
  a = h1(max((lid >> (lid & 31u)), b), (((b < 947537u) ? b : (947537u ^ 0x55u)) << (min(lid, 697631u) & 31u)));
  b = h0(((gid + 627504u) | min(lid, c)), mul_hi(max(d, a), rotate(gid, 765305u)));
  tile[lid] = mul_hi((d | 956647u), (c & a)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 44u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
