package io.sousei.web.api.benchmark;

import java.math.BigDecimal;

/**
 * RFC 4180 rows for the benchmark exports, as the observation CSV writes them: CRLF line ends, quoting only
 * where needed, numbers in plain notation (whole numbers without a decimal part), empty for missing.
 */
final class Csv {

    private Csv() {}

    static String row(String... fields) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                row.append(',');
            }
            String v = fields[i] == null ? "" : fields[i];
            boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
            row.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        return row.append("\r\n").toString();
    }

    static String number(Double value) {
        if (value == null || value.isNaN()) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString(value.longValue());
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
