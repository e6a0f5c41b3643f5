// A struct passed by value.
typedef struct {
    float scale;
    int offset;
    double bias;
    uint count;
} params_t;

__kernel void apply_params(__global float *data, params_t p) {
    uint i = get_global_id(0);
    if (i < p.count)
        data[i] = data[i] * p.scale + (float)p.offset + (float)p.bias;
}
