package io.sousei.benchmark.internal;

import java.util.Arrays;

/** Ranks of scores, 1 for the highest; ties share the best rank (1, 2, 2, 4); NaN gets rank 0. */
public final class Ranks {

    private Ranks() {}

    public static int[] descending(double[] scores) {
        int n = 0;
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isNaN(scores[i])) {
                order[n++] = i;
            }
        }
        Integer[] present = Arrays.copyOf(order, n);
        Arrays.sort(present, (a, b) -> Double.compare(scores[b], scores[a]));
        int[] ranks = new int[scores.length];
        for (int k = 0; k < n; k++) {
            boolean tie = k > 0 && scores[present[k]] == scores[present[k - 1]];
            ranks[present[k]] = tie ? ranks[present[k - 1]] : k + 1;
        }
        return ranks;
    }
}
