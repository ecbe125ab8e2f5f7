package io.sousei.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of an import: every one is counted; the first {@value #KEPT} are kept with their
 * detail so that a file with a million bad rows still yields a readable report.
 */
public final class ImportIssues {

    public static final int KEPT = 1000;

    private final List<ImportIssue> kept = new ArrayList<>();
    private long count;

    public void add(ImportIssue issue) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(issue);
        }
    }

    public void add(String file, long line, String field, String reason, String hint) {
        add(new ImportIssue(file, line, field, reason, hint));
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public long count() {
        return count;
    }

    public List<ImportIssue> list() {
        return List.copyOf(kept);
    }

    /** Throws {@link ImportRejectedException} when any problem was found. */
    public void throwIfAny() {
        if (count > 0) {
            throw new ImportRejectedException(list(), count);
        }
    }
}
