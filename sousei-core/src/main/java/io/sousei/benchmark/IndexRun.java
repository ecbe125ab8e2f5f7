package io.sousei.benchmark;

import java.util.List;

/** A composite index run on the warehouse; {@code uncertainty} is null when none was asked for. */
public record IndexRun(List<IndexTerm> terms, CompositeIndexResult result, UncertaintyResult uncertainty) {

    public IndexRun {
        terms = List.copyOf(terms);
    }
}
