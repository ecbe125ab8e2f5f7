package io.sousei.web.api;

import java.util.List;

/** RFC 4180 CSV: CRLF line ends; a field with a comma, quote or line break is quoted, quotes doubled. */
final class Csv {

    private final StringBuilder text = new StringBuilder();

    Csv row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            field(fields.get(i));
        }
        text.append("\r\n");
        return this;
    }

    private void field(String value) {
        String v = value == null ? "" : value;
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            text.append(v);
            return;
        }
        text.append('"').append(v.replace("\"", "\"\"")).append('"');
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
