// mathfuncs: transcendental-heavy element-wise math (sin, cos, exp, log, pow, sqrt, tanh,
// atan2, fabs) over a few perturbations of each input.
__kernel void mathfuncs(__global const float *xs, __global const float *ys, __global float *out,
                        uint n) {
    uint i = get_global_id(0);
    if (i >= n)
        return;
    float x = xs[i];
    float y = ys[i];
    float acc = 0.0f;
    for (int k = 0; k < 4; k++) {
        float xk = x + 0.25f * (float)k;
        acc += sin(xk) * cos(y);
        acc += exp(-xk * xk) + log(1.0f + y * y);
        acc += pow(1.0f + fabs(xk), y) + sqrt(fabs(xk * y));
        acc += tanh(xk) + atan2(y, xk);
    }
    out[i] = acc;
}
