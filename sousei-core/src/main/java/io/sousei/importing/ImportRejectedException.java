package io.sousei.importing;

import java.util.List;

/** An import that found problems in its input and stored nothing. */
public final class ImportRejectedException extends RuntimeException {

    private final transient List<ImportIssue> issues;
    private final long count;

    public ImportRejectedException(List<ImportIssue> issues, long count) {
        super(summary(issues, count));
        this.issues = List.copyOf(issues);
        this.count = count;
    }

    public static ImportRejectedException of(ImportIssue issue) {
        return new ImportRejectedException(List.of(issue), 1);
    }

    public List<ImportIssue> issues() {
        return issues;
    }

    public long count() {
        return count;
    }

    private static String summary(List<ImportIssue> issues, long count) {
        StringBuilder s = new StringBuilder()
                .append(count)
                .append(count == 1 ? " problem" : " problems")
                .append(" found; nothing was imported");
        for (ImportIssue issue : issues) {
            s.append(System.lineSeparator()).append("  ").append(issue);
        }
        if (count > issues.size()) {
            s.append(System.lineSeparator())
                    .append("  … and ")
                    .append(count - issues.size())
                    .append(" more");
        }
        return s.toString();
    }
}
