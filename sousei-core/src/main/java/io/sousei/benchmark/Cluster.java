package io.sousei.benchmark;

import io.sousei.region.RegionId;
import java.util.List;

/**
 * One cluster of a typology, numbered from 1 by decreasing size: its members, its mean z-score per
 * indicator (in the typology's indicator order) and the traits that set it apart.
 */
public record Cluster(int number, List<RegionId> members, List<Double> meanStandardScores, List<ClusterTrait> traits) {

    public Cluster {
        members = List.copyOf(members);
        meanStandardScores = List.copyOf(meanStandardScores);
        traits = List.copyOf(traits);
    }
}
