package io.sousei.benchmark;

import java.util.List;

/** A priority screen run on the warehouse: the candidates read and the screen's result, in the same order. */
public record PriorityScreening(List<PriorityCandidate> candidates, PriorityResult result) {

    public PriorityScreening {
        candidates = List.copyOf(candidates);
    }
}
