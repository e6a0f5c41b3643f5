// __constant arguments and a __constant program-scope table.
__constant float weights[4] = {0.1f, 0.2f, 0.3f, 0.4f};

__kernel void convolve4(__global const float *in, __constant float *coeff,
                        __global float *out, int n) {
    int i = get_global_id(0);
    if (i + 3 >= n)
        return;
    float acc = 0.0f;
    for (int k = 0; k < 4; k++)
        acc += in[i + k] * coeff[k] * weights[k];
    out[i] = acc;
}
