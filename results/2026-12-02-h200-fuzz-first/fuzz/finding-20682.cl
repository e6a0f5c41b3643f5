struct pair { uint u; float f; };
uint h0(uint x, uint y) { x = x * 31u + (min((y >> ((y % (999030u | 1u)) & 31u)), (487345u & mul_hi(1017979u, y)))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; return x ^ (y * 2654435761u); }
uint h1(uint x, uint y) { x = x * 31u + (945444u); y ^= x >> 3; x = x * 31u + (((uint)(((int)(680442u & 0xffffu) - (int)((713535u >> (y & 31u)) & 0xffffu)) / 3) % (y | 1u))); y ^= x >> 3; x = x * 31u + (((x ^ (981572u << (1036846u & 31u))) & (uint)(((int)(mul_hi(y, 812667u) & 0xffffu) - (int)((x + 253160u) & 0xffffu)) / 3))); y ^= x >> 3; x = x * 31u + ((min((531106u ^ y), x) << (((y ^ 163852u) << (915230u & 31u)) & 31u))); y ^= x >> 3; x = x * 31u + (max((rotate(y, 201239u) ^ min(925898u, x)), min((y >> (41257u & 31u)), (x & y)))); y ^= x >> 3; x = x * 31u + ((171955u << (((y < (686061u + 726486u)) ? y : ((686061u + 726486u) ^ 0x55u)) & 31u))); y ^= x >> 3; x = x * 31u + (y); y ^= x >> 3; x = x * 31u + (min(((y << (104784u & 31u)) ^ (1033399u * y)), (1018189u % ((211711u << (x & 31u)) | 1u)))); y ^= x >> 3; x = x * 31u + (x); y ^= x >> 3; x = x * 31u + ((((x / (533774u | 1u)) - (826964u | 492729u)) % (25988u | 1u))); y ^= x >> 3; x = x * 31u + (((y | mul_hi(514436u, x)) + (y & 609931u))); y ^= x >> 3; x = x * 31u + ((((224252u % (x | 1u)) - (x | x)) * (min(y, y) << (y & 31u)))); y ^= x >> 3; x = x * 31u + (24313u); y ^= x >> 3; x = x * 31u + ((((169204u << (y & 31u)) + mul_hi(345207u, y)) & (rotate(x, 696078u) ^ (uint)(((int)(x & 0xffffu) - (int)(x & 0xffffu)) / 3)))); y ^= x >> 3; x = x * 31u + ((((97337u >> (y & 31u)) % (y | 1u)) % (mul_hi(max(x, y), (y * x)) | 1u))); y ^= x >> 3; x = x * 31u + ((max((682576u % (y | 1u)), (245364u - x)) + ((x | x) + max(x, y)))); y ^= x >> 3; return x ^ (y * 2654435761u); }
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
  d ^= convert_uint_sat(fabs((((float)(a & 255u) / (fabs(3.80f) + 1.0f)) - sqrt(fabs(f)))) * 16.0f);
  d ^= convert_uint_sat(fabs(g) * 16.0f);
  tile[lid] = ((341488u >> (b & 31u)) & ((b < lid) ? b : (lid ^ 0x55u))); barrier(CLK_LOCAL_MEM_FENCE); b ^= tile[(lid + 48u) % 64u]; barrier(CLK_LOCAL_MEM_FENCE);
  atomic_add(&acc[1u], a & 15u);
  { struct pair q = pairs[gid % 4u]; q.u += a; lpair[lid & 3u] = q; barrier(CLK_LOCAL_MEM_FENCE); c += lpair[(lid + 1u) & 3u].u; barrier(CLK_LOCAL_MEM_FENCE); }
  out[gid] = a ^ rotate(b, 7u) ^ rotate(c, 13u) ^ rotate(d, 19u) ^ p[gid & 7u];
  fout[gid] = f + g;
}
