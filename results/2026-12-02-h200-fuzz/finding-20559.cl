struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (620175u); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = (lid ^ (max(1037063u, 140702u) / ((gid - d) | 1u)));
  for (int k = 0; k < 5; k++) { if ((b & 7u) == 2u) break; if ((b ^ ((a < gid) ? a : (gid ^ 0x55u))) < min(min(914860u, lid), 12788u)) { p[((lid ^ gid) + 4u) & 7u] = (((a < 547680u) ? a : (547680u ^ 0x55u)) / ((gid >> (64015u & 31u)) | 1u)); c += p[2u & 7u]; } else { g = clamp(f, -1000.0f, 1000.0f); } }
  p[(mul_hi(470309u, 370989u) + 3u) & 7u] = ((a * b) << (max(72671u, c) & 31u)); d += p[7u & 7u];
  switch ((588325u >> ((1012683u >> (d & 31u)) & 31u)) & 3u) { case 0: b += 1u; break; case 1: b ^= 91u; /* falls through */ case 2: b = 730809u; break; default: b = rotate(b, 3u); }
  b = max(((354536u << (a & 31u)) % ((d << (770968u & 31u)) | 1u)), b);
  d = (((d / (20303u | 1u)) / (((680682u < 178507u) ? 680682u : (178507u ^ 0x55u)) | 1u)) % (((gid ^ b) ^ max(958986u, lid)) | 1u));
  b ^= convert_uint_sat(fabs(fmin((0.22f + g), (f / (fabs(f) + 1.0f)))) * 16.0f);
  b = h0(((a << (a & 31u)) * (c << (699339u & 31u))), mul_hi((d % (80629u | 1u)), (c << (959053u & 31u))));
  switch ((uint)(((int)((uint)(((int)(6231u & 0xffffu) - (int)(d & 0xffffu)) / 3) & 0xffffu) - (int)((138386u << (gid & 31u)) & 0xffffu)) / 3) & 3u) { case 0: c += 1u; break; case 1: c ^= 104u; /* falls through */ case 2: c = max(a, d); break; default: c = rotate(c, 3u); }
  tile[lid] = a; barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 14u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
