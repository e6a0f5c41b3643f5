// backprop: the input→hidden layer of a two-layer perceptron (Rodinia's algorithm, our code).
// Weights are (n_in + 1) × (hid + 1) row-major; row 0 and column 0 belong to the bias unit.
// A 16×16 work-group takes 16 input units × 16 hidden units.
//
// Rodinia launches {16, 16·blocks} and reads the block from dimension 1. At the paper size
// (262,144 blocks) that exceeds the GPU's 65,535 limit on grid dimension y: NVIDIA's runtime
// splits such a launch for code its own compiler built, but PTX that reads %ctaid.y directly
// (every PTX path) then sees repeated block ids. So we launch {16·blocks, 16} and take the
// block from dimension 0: the same work-groups and the same work-item → data mapping.

#define TILE 16
#define ETA 0.3f
#define MOMENTUM 0.3f

// Forward pass: each group multiplies its weight tile by its 16 inputs and sums the products
// over the inputs with a tree reduction in local memory; one partial sum per (group, hidden).
// Like Rodinia, the reduced tile is written back over the weights.
__kernel void layer_forward(__global const float *input, __global float *weights,
                            __global float *partial, __local float *in_tile,
                            __local float *prod, uint hid) {
    uint tx = get_local_id(0);
    uint ty = get_local_id(1);
    uint by = get_group_id(0);
    uint row = by * TILE + ty + 1;
    uint idx = row * (hid + 1) + tx + 1;

    if (tx == 0)
        in_tile[ty] = input[row];
    barrier(CLK_LOCAL_MEM_FENCE);

    prod[ty * TILE + tx] = weights[idx] * in_tile[ty];
    barrier(CLK_LOCAL_MEM_FENCE);

    for (uint step = 1; step < TILE; step *= 2) {
        if (ty % (2 * step) == 0)
            prod[ty * TILE + tx] += prod[(ty + step) * TILE + tx];
        barrier(CLK_LOCAL_MEM_FENCE);
    }

    weights[idx] = prod[ty * TILE + tx];
    if (ty == 0)
        partial[by * hid + tx] = prod[tx];
}

// Weight adjustment: w += ETA * delta[j] * x[i] + MOMENTUM * previous change.
__kernel void adjust_weights(__global const float *delta, uint hid,
                             __global const float *input, __global float *weights,
                             __global float *old_change) {
    uint tx = get_local_id(0);
    uint ty = get_local_id(1);
    uint by = get_group_id(0);
    uint row = by * TILE + ty + 1;
    uint idx = row * (hid + 1) + tx + 1;

    float change = ETA * delta[tx + 1] * input[row] + MOMENTUM * old_change[idx];
    weights[idx] += change;
    old_change[idx] = change;

    if (by == 0 && ty == 0) {
        uint b = tx + 1;
        float bias_change = ETA * delta[b] + MOMENTUM * old_change[b];
        weights[b] += bias_change;
        old_change[b] = bias_change;
    }
}
