package io.sousei.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TypologyTest {

    /** Three separated groups of 20, 15 and 10 regions. */
    static IndicatorMatrix threeGroups() {
        SplittableRandom random = new SplittableRandom(1);
        double[][] centres = {{0, 0, 0}, {10, 0, 5}, {0, 10, -5}};
        int[] sizes = {20, 15, 10};
        double[][] v = new double[45][];
        int r = 0;
        for (int g = 0; g < 3; g++) {
            for (int i = 0; i < sizes[g]; i++) {
                v[r++] = new double[] {
                    centres[g][0] + random.nextGaussian(),
                    centres[g][1] + random.nextGaussian(),
                    centres[g][2] + random.nextGaussian()
                };
            }
        }
        return Fixtures.matrix(v);
    }

    @Test
    void bothMethodsRecoverSeparatedGroups() {
        for (TypologyMethod method : TypologyMethod.values()) {
            var result = Typology.classify(threeGroups(), TypologySpec.of(3, method));
            assertThat(result.clusters()).extracting(c -> c.members().size()).containsExactly(20, 15, 10);
            assertThat(result.clusters().getFirst().members()).contains(Fixtures.region(0), Fixtures.region(19));
            assertThat(result.betweenClusterShare()).isGreaterThan(0.9);
        }
    }

    @Test
    void eachClusterIsDescribedByTheIndicatorsThatSetItApart() {
        var result = Typology.classify(threeGroups(), TypologySpec.of(3, TypologyMethod.K_MEANS));
        Cluster second = result.clusters().get(1); // centred on a = 10
        assertThat(second.traits().getFirst().indicator()).isEqualTo(Fixtures.A);
        assertThat(second.traits().getFirst().meanStandardScore()).isPositive();
    }

    @Test
    void aSeededKMeansIsReproducibleAndEveryRegionIsInOneCluster() {
        IndicatorMatrix m = Fixtures.random(80, 4);
        var spec = TypologySpec.of(4, TypologyMethod.K_MEANS);
        var result = Typology.classify(m, spec);
        assertThat(result).isEqualTo(Typology.classify(m, spec));
        Set<Object> seen = new HashSet<>();
        result.clusters().forEach(c -> assertThat(seen.addAll(c.members())).isTrue());
        assertThat(seen).hasSize(80);
    }
}
