package io.sousei.benchmark;

import java.util.List;

/**
 * A composite index run on the warehouse; {@code uncertainty} (Monte Carlo rank intervals) and {@code sensitivity}
 * (Sobol indices of the mean rank shift) are null when not asked for.
 */
public record IndexRun(
        List<IndexTerm> terms, CompositeIndexResult result, UncertaintyResult uncertainty, SobolResult sensitivity) {

    public IndexRun {
        terms = List.copyOf(terms);
    }
}
