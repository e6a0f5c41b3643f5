struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (rotate(((1024704u < (84691u << (1004178u & 31u))) ? 1024704u : ((84691u << (1004178u & 31u)) ^ 0x55u)), x)); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  p[((lid + b) + 6u) & 7u] = ((646627u << (c & 31u)) | (185642u / (d | 1u))); a += p[2u & 7u];
  if ((((692531u - 442404u) < mul_hi(1007847u, lid)) ? (692531u - 442404u) : (mul_hi(1007847u, lid) ^ 0x55u)) > min(((c < c) ? c : (c ^ 0x55u)), rotate(49287u, lid))) { f = clamp(f, -1000.0f, 1000.0f); } else { a = mul_hi((uint)(((int)(c & 0xffffu) - (int)((d ^ c) & 0xffffu)) / 3), ((787236u - d) ^ rotate(125917u, 659116u))); }
  for (int k = 0; k < 3; k++) { if ((c & 7u) == 7u) break; g = clamp((float)(a & 255u), -1000.0f, 1000.0f); }
  for (int k = 0; k < 5; k++) {  for (int k = 0; k < 2; k++) { if (((uint)k & 1u) == 1u) continue; d = (((690247u % (197174u | 1u)) + (282433u / (a | 1u))) * c); } }
  b = (b >> ((max(gid, a) + 799972u) & 31u));
  c = gid;
  for (int k = 0; k < 6; k++) { if ((c & 7u) == 5u) break; switch (d & 3u) { case 0: d += 1u; break; case 1: d ^= 568u; /* falls through */ case 2: d = (lid * (b + b)); break; default: d = rotate(d, 3u); } }
  b = (474453u + max(gid, c));
  f = clamp(((float)(a & 255u) + fmin(sqrt(fabs(g)), ((float)(a & 255u) / (fabs(f) + 1.0f)))), -1000.0f, 1000.0f);
  if (((uint)(((int)(gid & 0xffffu) - (int)(c & 0xffffu)) / 3) & lid) > rotate((905206u % (1041137u | 1u)), (d % (887678u | 1u)))) { for (int k = 0; k < 4; k++) {  a = ((rotate(b, 165783u) % ((917226u & a) | 1u)) & (d / (677774u | 1u))); } } else { a = mul_hi(((gid / (856656u | 1u)) >> (mul_hi(a, gid) & 31u)), 641575u); }
  tile[lid] = (((uint)(((int)(gid & 0xffffu) - (int)(b & 0xffffu)) / 3) < (a - 650263u)) ? (uint)(((int)(gid & 0xffffu) - (int)(b & 0xffffu)) / 3) : ((a - 650263u) ^ 0x55u)); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 9u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[2u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) % 64u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
