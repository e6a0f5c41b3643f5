// bfs: level-synchronous breadth-first search over a CSR graph with byte masks (Rodinia's
// algorithm, our code). The host repeats the two kernels until nothing changed.

// Expand the frontier: every unvisited neighbour of a frontier node gets cost + 1.
__kernel void bfs_expand(__global const int2 *nodes, __global const int *edges,
                         __global uchar *frontier, __global uchar *next,
                         __global const uchar *visited, __global int *cost, int n) {
    int v = get_global_id(0);
    if (v >= n || !frontier[v])
        return;
    frontier[v] = 0;
    int2 node = nodes[v];
    for (int e = node.x; e < node.x + node.y; e++) {
        int u = edges[e];
        if (!visited[u]) {
            cost[u] = cost[v] + 1;
            next[u] = 1;
        }
    }
}

// Promote the next frontier and raise the host's flag if it is not empty.
__kernel void bfs_update(__global uchar *frontier, __global uchar *next, __global uchar *visited,
                         __global uchar *changed, int n) {
    int v = get_global_id(0);
    if (v < n && next[v]) {
        frontier[v] = 1;
        visited[v] = 1;
        *changed = 1;
        next[v] = 0;
    }
}
