package io.sousei.benchmark;

import io.sousei.indicator.IndicatorId;
import io.sousei.region.Country;
import io.sousei.region.RegionId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small matrices for the benchmarking tests. */
final class Fixtures {

    static final IndicatorId A = IndicatorId.of("test.a");
    static final IndicatorId B = IndicatorId.of("test.b");
    static final IndicatorId C = IndicatorId.of("test.c");

    private Fixtures() {}

    static RegionId region(int i) {
        return RegionId.of(Country.TW, String.format("R%03d", i));
    }

    static IndicatorMatrix matrix(double[][] values) {
        List<RegionId> regions = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            regions.add(region(i));
        }
        List<IndicatorId> ids = List.of(A, B, C).subList(0, values[0].length);
        return new IndicatorMatrix(regions, ids, values);
    }

    /** n random regions with three indicators on different scales. */
    static IndicatorMatrix random(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] v = new double[n][3];
        for (int r = 0; r < n; r++) {
            v[r][0] = random.nextDouble(0, 100);
            v[r][1] = random.nextDouble(1000, 50_000);
            v[r][2] = v[r][0] * 0.5 + random.nextDouble(-10, 10);
        }
        return matrix(v);
    }
}
