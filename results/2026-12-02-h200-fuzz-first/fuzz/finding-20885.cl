struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((min(max(x, y), ((x < y) ? x : (y ^ 0x55u))) >> ((x * (x | y)) & 31u))); y ^= x >> 3; x = x * 31u + (((uint)(((int)(rotate(y, 711864u) & 0xffffu) - (int)(max(y, y) & 0xffffu)) / 3) & (((x < 447293u) ? x : (447293u ^ 0x55u)) & (x + x)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  c = h0(mul_hi((gid / (128187u | 1u)), (uint)(((int)(429189u & 0xffffu) - (int)(789468u & 0xffffu)) / 3)), mul_hi(976073u, (lid | a)));
  d = ((uint)(((int)((lid / (d | 1u)) & 0xffffu) - (int)((824360u & 21250u) & 0xffffu)) / 3) - gid);
  if (((lid % (gid | 1u)) ^ (a | lid)) > (((823760u < 619582u) ? 823760u : (619582u ^ 0x55u)) + (610093u / (b | 1u)))) { for (int k = 0; k < 2; k++) {  f = clamp((clamp((3.52f * 2.27f), -4.0f, 4.0f) / (fabs(f) + 1.0f)), -1000.0f, 1000.0f); } } else { f = clamp((((g * f) / (fabs(1.78f) + 1.0f)) / (fabs((((float)(a & 255u) + f) * f)) + 1.0f)), -1000.0f, 1000.0f); }
  f = clamp((((f + f) - ((float)(a & 255u) - f)) + f), -1000.0f, 1000.0f);
  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 1u) continue; switch (236302u & 3u) { case 0: c += 1u; break; case 1: c ^= 268u; /* falls through */ case 2: c = ((gid ^ gid) - (uint)(((int)(lid & 0xffffu) - (int)(723914u & 0xffffu)) / 3)); break; default: c = rotate(c, 3u); } }
  d = mul_hi(c, ((lid >> (gid & 31u)) ^ 189019u));
  tile[lid] = (uint)(((int)(rotate(a, gid) & 0xffffu) - (int)(gid & 0xffffu)) / 3); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 54u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
