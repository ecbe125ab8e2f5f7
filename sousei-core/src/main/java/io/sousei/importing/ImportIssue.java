package io.sousei.importing;

/**
 * One problem found in an input file: where it is, what is wrong and what to do about it.
 *
 * @param line 1-based line number, 0 when the problem concerns the whole file
 * @param field the column or property name, or empty
 */
public record ImportIssue(String file, long line, String field, String reason, String hint) {

    public ImportIssue {
        file = file == null ? "" : file;
        field = field == null ? "" : field;
        hint = hint == null ? "" : hint;
    }

    public static ImportIssue ofFile(String file, String reason, String hint) {
        return new ImportIssue(file, 0, "", reason, hint);
    }

    /** {@code file:line: field: reason (hint)} — the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
        }
        s.append(": ");
        if (!field.isEmpty()) {
            s.append(field).append(": ");
        }
        s.append(reason);
        if (!hint.isEmpty()) {
            s.append(" — ").append(hint);
        }
        return s.toString();
    }
}
