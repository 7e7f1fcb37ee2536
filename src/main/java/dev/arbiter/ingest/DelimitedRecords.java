package dev.arbiter.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits delimited text into records. Comma files follow RFC 4180 ({@code "} quotes, {@code ""} escapes, line breaks
 * inside quotes); tab files have no quoting convention (formats doc §0.3), so a {@code "} there is just a character.
 * LF and CRLF both end a record; the last line may lack one.
 */
final class DelimitedRecords {
    private final Reader reader;
    private final char delimiter;
    private final boolean quoting;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder field = new StringBuilder(64);
    private int position;
    private int limit;
    private long line = 1;
    private long recordLine;
    private boolean unterminatedQuote;

    DelimitedRecords(Reader reader, char delimiter) {
        this.reader = reader;
        this.delimiter = delimiter;
        this.quoting = delimiter != '\t';
    }

    /** The line the last record returned started on. */
    long recordLine() {
        return recordLine;
    }

    /** Whether the file ended inside a quoted field, the mark of a truncated download. */
    boolean endedInsideQuotes() {
        return unterminatedQuote;
    }

    /** The next record's fields, or null at the end of the file. */
    List<String> next() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        field.setLength(0);
        boolean quoted = false;
        boolean fieldStart = true;
        while (true) {
            if (c < 0) {
                if (quoted) {
                    unterminatedQuote = true;
                }
                fields.add(field.toString());
                return fields;
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int following = read();
                    if (following == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = following;
                        continue;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                c = read();
                continue;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    int following = read();
                    if (following != '\n' && following >= 0) {
                        position--;
                    }
                }
                line++;
                fields.add(field.toString());
                return fields;
            } else if (ch == '"' && quoting && fieldStart) {
                quoted = true;
            } else {
                field.append(ch);
            }
            fieldStart = false;
            c = read();
        }
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = reader.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }
}
