package io.sousei.store;

import java.util.List;

/**
 * What an import did: datasets imported anew or replaced, datasets found unchanged, observation rows written,
 * rows derived, warnings, and whether it was a dry run (nothing kept).
 */
public record ImportSummary(
        int imported, int unchanged, long rows, long derivedRows, List<String> warnings, boolean dryRun) {

    public ImportSummary {
        warnings = List.copyOf(warnings);
    }
}
