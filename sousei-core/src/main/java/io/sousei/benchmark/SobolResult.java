package io.sousei.benchmark;

import java.util.List;

/** Sobol indices per factor, the output variance they divide, and the number of model runs spent. */
public record SobolResult(List<SobolIndex> indices, double outputVariance, int modelRuns) {

    public SobolResult {
        indices = List.copyOf(indices);
    }
}
