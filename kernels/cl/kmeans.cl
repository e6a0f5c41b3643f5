// kmeans: Rodinia's k-means assignment step (our code). kmeans_swap transposes the points to
// feature-major order once; kmeans_assign gives every point its nearest centre (ties go to
// the lower index). The host recomputes the centres between launches.

__kernel void kmeans_swap(__global const float *points, __global float *by_feature, int n,
                          int nfeatures) {
    int p = get_global_id(0);
    if (p >= n)
        return;
    for (int f = 0; f < nfeatures; f++)
        by_feature[f * n + p] = points[p * nfeatures + f];
}

__kernel void kmeans_assign(__global const float *by_feature, __constant float *centres,
                            __global int *membership, int n, int k, int nfeatures) {
    int p = get_global_id(0);
    if (p >= n)
        return;
    int best = 0;
    float best_dist = FLT_MAX;
    for (int c = 0; c < k; c++) {
        float dist = 0.0f;
        for (int f = 0; f < nfeatures; f++) {
            float d = by_feature[f * n + p] - centres[c * nfeatures + f];
            dist += d * d;
        }
        if (dist < best_dist) {
            best_dist = dist;
            best = c;
        }
    }
    membership[p] = best;
}
