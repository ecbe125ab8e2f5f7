package io.sousei.store.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: comma-separated, double-quoted fields with doubled quotes, line breaks inside quotes,
 * LF or CRLF. A leading byte-order mark is skipped. Each record carries the line number it starts on.
 */
public final class CsvReader implements AutoCloseable {

    /** One record and the 1-based line it starts on. */
    public record Row(long line, List<String> fields) {}

    /** A quote left open at the end of the file. */
    public static final class UnterminatedQuoteException extends IOException {
        private final long line;

        UnterminatedQuoteException(long line) {
            super("a quoted field opened on line " + line + " is never closed");
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    private final Reader in;
    private long line = 1;
    private int pushedBack = -2;
    private boolean first = true;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the input. Blank lines are skipped. */
    public Row next() throws IOException {
        while (true) {
            int c = read();
            if (c == -1) {
                return null;
            }
            if (c == '\n') {
                line++;
                continue;
            }
            if (c == '\r') {
                continue;
            }
            unread(c);
            return readRecord();
        }
    }

    private Row readRecord() throws IOException {
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            int c = read();
            if (quoted) {
                if (c == -1) {
                    throw new UnterminatedQuoteException(start);
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        unread(d);
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == -1) {
                fields.add(field.toString());
                if (c == '\n') {
                    line++;
                }
                return new Row(start, fields);
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
    }

    private int read() throws IOException {
        int c;
        if (pushedBack != -2) {
            c = pushedBack;
            pushedBack = -2;
        } else {
            c = in.read();
        }
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                return read();
            }
        }
        return c;
    }

    private void unread(int c) {
        pushedBack = c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
