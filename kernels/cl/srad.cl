// srad: speckle-reducing anisotropic diffusion (Rodinia's algorithm, our code). Per
// iteration the host computes the image statistics q0sqr, then srad_coeff computes the four
// directional derivatives and the diffusion coefficient of every pixel and srad_update
// applies the divergence. Edges use the pixel itself as the missing neighbour.

__kernel void srad_coeff(__global const float *img, __global float *dn, __global float *ds,
                         __global float *dw, __global float *de, __global float *coeff,
                         int rows, int cols, float q0sqr) {
    int c = get_global_id(0);
    int r = get_global_id(1);
    if (r >= rows || c >= cols)
        return;
    int i = r * cols + c;
    float jc = img[i];
    float n = img[max(r - 1, 0) * cols + c] - jc;
    float s = img[min(r + 1, rows - 1) * cols + c] - jc;
    float w = img[r * cols + max(c - 1, 0)] - jc;
    float e = img[r * cols + min(c + 1, cols - 1)] - jc;

    float g2 = (n * n + s * s + w * w + e * e) / (jc * jc);
    float l = (n + s + w + e) / jc;
    float num = 0.5f * g2 - (1.0f / 16.0f) * (l * l);
    float den = 1.0f + 0.25f * l;
    float qsqr = num / (den * den);
    den = (qsqr - q0sqr) / (q0sqr * (1.0f + q0sqr));
    float cv = 1.0f / (1.0f + den);
    if (cv < 0.0f)
        cv = 0.0f;
    else if (cv > 1.0f)
        cv = 1.0f;

    dn[i] = n;
    ds[i] = s;
    dw[i] = w;
    de[i] = e;
    coeff[i] = cv;
}

__kernel void srad_update(__global float *img, __global const float *dn,
                          __global const float *ds, __global const float *dw,
                          __global const float *de, __global const float *coeff, int rows,
                          int cols, float lambda) {
    int c = get_global_id(0);
    int r = get_global_id(1);
    if (r >= rows || c >= cols)
        return;
    int i = r * cols + c;
    float cn = coeff[i];
    float cs = coeff[min(r + 1, rows - 1) * cols + c];
    float cw = coeff[i];
    float ce = coeff[r * cols + min(c + 1, cols - 1)];
    float d = cn * dn[i] + cs * ds[i] + cw * dw[i] + ce * de[i];
    img[i] = img[i] + 0.25f * lambda * d;
}
