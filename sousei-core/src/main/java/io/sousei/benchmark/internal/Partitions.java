package io.sousei.benchmark.internal;

/** Centres and sums of squares of a partition of rows. */
public final class Partitions {

    private Partitions() {}

    /** Cluster means; an empty cluster keeps its previous centre. */
    public static double[][] centres(double[][] rows, int[] assignment, int k, double[][] previous) {
        int q = rows[0].length;
        double[][] sums = new double[k][q];
        int[] counts = new int[k];
        for (int r = 0; r < rows.length; r++) {
            counts[assignment[r]]++;
            for (int j = 0; j < q; j++) {
                sums[assignment[r]][j] += rows[r][j];
            }
        }
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) {
                sums[c] = previous == null ? new double[q] : previous[c].clone();
            } else {
                for (int j = 0; j < q; j++) {
                    sums[c][j] /= counts[c];
                }
            }
        }
        return sums;
    }

    public static double withinSumOfSquares(double[][] rows, int[] assignment, int k) {
        double[][] centres = centres(rows, assignment, k, null);
        double ss = 0;
        for (int r = 0; r < rows.length; r++) {
            ss += StandardScores.squaredDistance(rows[r], centres[assignment[r]]);
        }
        return ss;
    }

    public static double totalSumOfSquares(double[][] rows) {
        int[] one = new int[rows.length];
        return withinSumOfSquares(rows, one, 1);
    }
}
