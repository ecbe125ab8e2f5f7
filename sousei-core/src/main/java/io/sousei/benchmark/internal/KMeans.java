package io.sousei.benchmark.internal;

import java.util.SplittableRandom;

/** Lloyd's k-means with k-means++ seeding; the best of several seeded restarts by within-cluster SS. */
public final class KMeans {

    private KMeans() {}

    /** @return the cluster (0 … k−1) of each row */
    public static int[] cluster(double[][] rows, int k, long seed, int restarts, int maxIterations) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] best = null;
        double bestSs = Double.POSITIVE_INFINITY;
        for (int run = 0; run < restarts; run++) {
            int[] assignment = lloyd(rows, seedCentres(rows, k, random), maxIterations);
            double ss = Partitions.withinSumOfSquares(rows, assignment, k);
            if (ss < bestSs - 1e-12) {
                bestSs = ss;
                best = assignment;
            }
        }
        return best;
    }

    static double[][] seedCentres(double[][] rows, int k, SplittableRandom random) {
        double[][] centres = new double[k][];
        centres[0] = rows[random.nextInt(rows.length)].clone();
        double[] d2 = new double[rows.length];
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int r = 0; r < rows.length; r++) {
                d2[r] = Double.POSITIVE_INFINITY;
                for (int j = 0; j < c; j++) {
                    d2[r] = Math.min(d2[r], StandardScores.squaredDistance(rows[r], centres[j]));
                }
                total += d2[r];
            }
            double target = random.nextDouble() * total;
            int chosen = rows.length - 1;
            for (int r = 0; r < rows.length; r++) {
                target -= d2[r];
                if (target < 0) {
                    chosen = r;
                    break;
                }
            }
            centres[c] = rows[chosen].clone();
        }
        return centres;
    }

    static int[] lloyd(double[][] rows, double[][] centres, int maxIterations) {
        int k = centres.length;
        int[] assignment = new int[rows.length];
        java.util.Arrays.fill(assignment, -1);
        for (int it = 0; it < maxIterations; it++) {
            boolean changed = false;
            for (int r = 0; r < rows.length; r++) {
                int nearest = 0;
                double bestD = Double.POSITIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double d = StandardScores.squaredDistance(rows[r], centres[c]);
                    if (d < bestD) {
                        bestD = d;
                        nearest = c;
                    }
                }
                if (assignment[r] != nearest) {
                    assignment[r] = nearest;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            centres = Partitions.centres(rows, assignment, k, centres);
        }
        return assignment;
    }
}
