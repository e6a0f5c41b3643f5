struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((((y >> (824795u & 31u)) >> (max(x, x) & 31u)) - ((934914u < y) ? 934914u : (y ^ 0x55u)))); y ^= x >> 3; x = x * 31u + ((196567u % (((x ^ y) - (857729u << (y & 31u))) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[(a + 2u) & 7u] = (((gid % (a | 1u)) < rotate(594325u, a)) ? (gid % (a | 1u)) : (rotate(594325u, a) ^ 0x55u)); d += p[0u & 7u];
  g = clamp(sqrt(fabs(g)), -1000.0f, 1000.0f);
  b = d;
  p[(rotate(c, b) + 0u) & 7u] = ((b * 475793u) + a); a += p[4u & 7u];
  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 1u) continue; switch (((lid * c) << (gid & 31u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 105u; /* falls through */ case 2: b = max((107040u & lid), (gid << (c & 31u))); break; default: b = rotate(b, 3u); } }
  a = h0(((c | lid) & max(d, lid)), ((259226u - lid) + rotate(d, d)));
  tile[lid] = ((b + 567466u) >> ((b | c) & 31u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 14u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
