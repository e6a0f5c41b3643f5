struct pair { uint u; float f; };
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
  if (((uint)(((int)(gid & 0xffffu) - (int)(742527u & 0xffffu)) / 3) | d) == ((lid % (d | 1u)) | mul_hi(770489u, c))) { f = clamp(fmin((((float)(a & 255u) + (float)(a & 255u)) + clamp(g, -4.0f, 4.0f)), clamp(((float)(a & 255u) / (fabs((float)(a & 255u)) + 1.0f)), -4.0f, 4.0f)), -1000.0f, 1000.0f); } else { if (((b | 190602u) | (uint)(((int)(720676u & 0xffffu) - (int)(b & 0xffffu)) / 3)) < a) { a = ((829333u - (lid * lid)) - (d * (uint)(((int)(30292u & 0xffffu) - (int)(d & 0xffffu)) / 3))); } else { p[((uint)(((int)(359565u & 0xffffu) - (int)(gid & 0xffffu)) / 3) + 7u) & 7u] = c; c += p[6u & 7u]; } }
  for (int k = 0; k < 3; k++) { if ((c & 7u) == 1u) break; for (int k = 0; k < 4; k++) {  p[((683761u + a) + 5u) & 7u] = ((896368u - d) ^ 867829u); b += p[4u & 7u]; } }
  p[(253887u + 7u) & 7u] = ((d < (c * 93556u)) ? d : ((c * 93556u) ^ 0x55u)); b += p[1u & 7u];
  b ^= convert_uint_sat(fabs(fmin(f, (2.37f - g))) * 16.0f);
  g = clamp(clamp((fmax((float)(a & 255u), (float)(a & 255u)) * (g / (fabs(f) + 1.0f))), -4.0f, 4.0f), -1000.0f, 1000.0f);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
