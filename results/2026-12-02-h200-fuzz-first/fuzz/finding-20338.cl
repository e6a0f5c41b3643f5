struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (((min((x >> (x & 31u)), (uint)(((int)(493268u & 0xffffu) - (int)(x & 0xffffu)) / 3)) < ((y + 871329u) % (1037656u | 1u))) ? min((x >> (x & 31u)), (uint)(((int)(493268u & 0xffffu) - (int)(x & 0xffffu)) / 3)) : (((y + 871329u) % (1037656u | 1u)) ^ 0x55u))); y ^= x >> 3; x = x * 31u + (rotate((max(x, x) >> (333032u & 31u)), ((x >> (y & 31u)) / (((719077u < x) ? 719077u : (x ^ 0x55u)) | 1u)))); y ^= x >> 3; x = x * 31u + (((uint)(((int)((557242u - y) & 0xffffu) - (int)((x * 495092u) & 0xffffu)) / 3) / (((927931u < (y | 156885u)) ? 927931u : ((y | 156885u) ^ 0x55u)) | 1u))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  if (634697u < ((uint)(((int)(b & 0xffffu) - (int)(269273u & 0xffffu)) / 3) / ((d % (907688u | 1u)) | 1u))) { for (int k = 0; k < 1; k++) {  c = rotate(lid, lid); } } else { g = clamp(3.90f, -1000.0f, 1000.0f); }
  b = (max(a, (933034u / (673392u | 1u))) / (max((471754u << (890488u & 31u)), (1013801u >> (477686u & 31u))) | 1u));
  for (int k = 0; k < 6; k++) { if ((b & 7u) == 6u) break; c = lid; }
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
