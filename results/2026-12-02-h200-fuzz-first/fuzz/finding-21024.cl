struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((rotate(((x < 727703u) ? x : (727703u ^ 0x55u)), ((x < x) ? x : (x ^ 0x55u))) + min((x & y), (x * 829393u)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  for (int k = 0; k < 6; k++) { if (((uint)k & 1u) == 1u) continue; switch (c & 3u) { case 0: a += 1u; break; case 1: a ^= 250u; /* falls through */ case 2: a = rotate(max(a, d), 188417u); break; default: a = rotate(a, 3u); } }
  p[((45915u % (c | 1u)) + 4u) & 7u] = mul_hi((a | c), rotate(c, 588884u)); b += p[3u & 7u];
  d = (((b / (gid | 1u)) / ((956423u + lid) | 1u)) - min((lid / (lid | 1u)), 210056u));
  tile[lid] = rotate(480551u, mul_hi(c, b)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 43u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
