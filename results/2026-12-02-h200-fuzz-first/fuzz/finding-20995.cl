struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + ((uint)(((int)(((522783u << (815171u & 31u)) << (695085u & 31u)) & 0xffffu) - (int)(836023u & 0xffffu)) / 3)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d = ((rotate(b, gid) * max(a, lid)) % (rotate((lid / (gid | 1u)), lid) | 1u));
  g = clamp(clamp((sqrt(fabs(0.1f)) / (fabs((g * 0.98f)) + 1.0f)), -4.0f, 4.0f), -1000.0f, 1000.0f);
  b = b;
  switch (((b + 1001207u) ^ c) & 3u) { case 0: c += 1u; break; case 1: c ^= 105u; /* falls through */ case 2: c = gid; break; default: c = rotate(c, 3u); }
  f = clamp((((g + g) / (fabs((1.88f * g)) + 1.0f)) * clamp(fmin(g, f), -4.0f, 4.0f)), -1000.0f, 1000.0f);
  a = (max((b << (d & 31u)), (uint)(((int)(lid & 0xffffu) - (int)(c & 0xffffu)) / 3)) | 330642u);
  c = max(((a * b) << ((a >> (c & 31u)) & 31u)), ((uint)(((int)(c & 0xffffu) - (int)(d & 0xffffu)) / 3) ^ (c / (d | 1u))));
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
