package io.sousei.benchmark.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Agglomerative clustering with Ward's criterion (squared Euclidean, Lance–Williams update), by the
 * nearest-neighbour chain algorithm: O(n²) time. Ward is reducible, so sorting the chain's merges by height
 * gives the usual dendrogram, cut here at k clusters.
 */
public final class WardClustering {

    private WardClustering() {}

    /** @return the cluster (0 … k−1) of each row */
    public static int[] cluster(double[][] rows, int k) {
        int n = rows.length;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                d[i][j] = d[j][i] = StandardScores.squaredDistance(rows[i], rows[j]);
            }
        }
        int[] size = new int[n];
        Arrays.fill(size, 1);
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        List<double[]> merges = new ArrayList<>();
        int[] chain = new int[n];
        int top = 0;
        for (int remaining = n; remaining > 1; ) {
            if (top == 0) {
                int first = 0;
                while (!active[first]) {
                    first++;
                }
                chain[top++] = first;
            }
            int a = chain[top - 1];
            int previous = top > 1 ? chain[top - 2] : -1;
            int b = previous;
            double best = previous >= 0 ? d[a][previous] : Double.POSITIVE_INFINITY;
            for (int c = 0; c < n; c++) {
                if (active[c] && c != a && d[a][c] < best) {
                    best = d[a][c];
                    b = c;
                }
            }
            if (b == previous) {
                top -= 2;
                merges.add(new double[] {Math.min(a, b), Math.max(a, b), best});
                merge(d, size, active, Math.min(a, b), Math.max(a, b));
                remaining--;
            } else {
                chain[top++] = b;
            }
        }
        merges.sort((x, y) -> Double.compare(x[2], y[2]));
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int m = 0; m < n - k; m++) {
            int x = find(parent, (int) merges.get(m)[0]);
            int y = find(parent, (int) merges.get(m)[1]);
            parent[Math.max(x, y)] = Math.min(x, y);
        }
        int[] label = new int[n];
        Arrays.fill(label, -1);
        int[] assignment = new int[n];
        int next = 0;
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (label[root] < 0) {
                label[root] = next++;
            }
            assignment[i] = label[root];
        }
        return assignment;
    }

    /** Merges b into a with the Lance–Williams update for Ward on squared distances. */
    private static void merge(double[][] d, int[] size, boolean[] active, int a, int b) {
        for (int c = 0; c < d.length; c++) {
            if (active[c] && c != a && c != b) {
                double total = size[a] + size[b] + size[c];
                double v = ((size[a] + size[c]) * d[a][c] + (size[b] + size[c]) * d[b][c] - size[c] * d[a][b]) / total;
                d[a][c] = d[c][a] = v;
            }
        }
        size[a] += size[b];
        active[b] = false;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
