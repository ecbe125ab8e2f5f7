package io.sousei.store.schema;

import java.util.ArrayList;
import java.util.List;

/** Small helpers for SQL text: splitting scripts and quoting literals. */
public final class Sql {

    private Sql() {}

    /**
     * Splits a script into statements at semicolons outside quotes and comments; drops empty statements.
     */
    public static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int n = script.length();
        for (int i = 0; i < n; i++) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? n : end;
                current.append('\n');
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < n && script.charAt(end) != c) {
                    end++;
                }
                current.append(script, i, Math.min(end + 1, n));
                i = end;
            } else if (c == ';') {
                add(out, current);
            } else {
                current.append(c);
            }
        }
        add(out, current);
        return out;
    }

    /** A SQL string literal. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static void add(List<String> out, StringBuilder current) {
        String s = current.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        current.setLength(0);
    }
}
