struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + ((x | x)); y ^= x >> 3; x = x * 31u + ((x - ((y * y) % (min(y, 225980u) | 1u)))); y ^= x >> 3; x = x * 31u + ((((y * 717492u) % ((y << (531567u & 31u)) | 1u)) | mul_hi((y >> (x & 31u)), (966211u & 252345u)))); y ^= x >> 3; x = x * 31u + ((x & rotate(83412u, max(y, 583682u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((uint)(((int)((356922u - y) & 0xffffu) - (int)(((428521u < x) ? 428521u : (x ^ 0x55u)) & 0xffffu)) / 3) | rotate((y - y), (x + y)))); y ^= x >> 3; x = x * 31u + (rotate(((119733u >> (y & 31u)) * (y | 415703u)), ((851038u / (x | 1u)) + min(x, 963962u)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (((x << (rotate(917992u, y) & 31u)) + x)); y ^= x >> 3; x = x * 31u + (478703u); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  b = gid;
  p[((629722u * gid) + 7u) & 7u] = mul_hi(lid, lid); c += p[2u & 7u];
  tile[lid] = ((uint)(((int)(791733u & 0xffffu) - (int)(67644u & 0xffffu)) / 3) ^ (uint)(((int)(lid & 0xffffu) - (int)(d & 0xffffu)) / 3)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 58u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
