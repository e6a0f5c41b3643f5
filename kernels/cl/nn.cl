// nn: Euclidean distance of every record's (lat, lng) to a query point (Rodinia's algorithm,
// our code). The host then picks the k nearest.
__kernel void nearest_neighbor(__global const float2 *loc, __global float *dist, uint n,
                               float lat, float lng) {
    uint i = get_global_id(0);
    if (i < n) {
        float2 p = loc[i];
        float dx = lat - p.x;
        float dy = lng - p.y;
        dist[i] = sqrt(dx * dx + dy * dy);
    }
}
