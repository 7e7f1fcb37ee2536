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
    private static final int DELIMITER = 0;
    private static final int END_OF_LINE = 1;
    private static final int END_OF_FILE = 2;

    private final char[] buffer = new char[1 << 16];
    private final StringBuilder field = new StringBuilder(64);
    private int position;
    private int limit;
    private long line = 1;
    private long recordLine;
    private int width = 8;
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
        if (position == limit && !refill()) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>(width);
        while (field(fields) == DELIMITER) {
            // the record goes on
        }
        width = Math.max(width, fields.size());
        return fields;
    }

    /**
     * Reads one field into {@code fields}; returns what ended it. An unquoted field is cut straight out of the buffer
     * (the common case, and the fast one); a quoted one is read character by character.
     */
    private int field(List<String> fields) throws IOException {
        field.setLength(0);
        if (position == limit && !refill()) {
            fields.add("");
            return END_OF_FILE;
        }
        if (quoting && buffer[position] == '"') {
            position++;
            return quotedField(fields);
        }
        int start = position;
        while (true) {
            if (position == limit) {
                field.append(buffer, start, position - start);
                if (!refill()) {
                    fields.add(field.toString());
                    return END_OF_FILE;
                }
                start = position;
                continue;
            }
            char ch = buffer[position];
            if (ch == delimiter || ch == '\n' || ch == '\r') {
                fields.add(field.length() == 0
                        ? new String(buffer, start, position - start)
                        : field.append(buffer, start, position - start).toString());
                position++;
                if (ch == delimiter) {
                    return DELIMITER;
                }
                endLine(ch);
                return END_OF_LINE;
            }
            position++;
        }
    }

    /** A field that opened with a quote: {@code ""} is a quote, and text after the closing quote belongs to it. */
    private int quotedField(List<String> fields) throws IOException {
        while (true) {
            int c = read();
            if (c < 0) {
                unterminatedQuote = true;
                fields.add(field.toString());
                return END_OF_FILE;
            }
            if (c == '"') {
                int following = read();
                if (following == '"') {
                    field.append('"');
                    continue;
                }
                return afterClosingQuote(fields, following);
            }
            if (c == '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    private int afterClosingQuote(List<String> fields, int first) throws IOException {
        int c = first;
        while (true) {
            if (c < 0) {
                fields.add(field.toString());
                return END_OF_FILE;
            }
            if (c == delimiter) {
                fields.add(field.toString());
                return DELIMITER;
            }
            if (c == '\n' || c == '\r') {
                fields.add(field.toString());
                endLine((char) c);
                return END_OF_LINE;
            }
            field.append((char) c);
            c = read();
        }
    }

    /** Counts the line a record ended on; CRLF is one line end. */
    private void endLine(char ch) throws IOException {
        if (ch == '\r' && (position < limit || refill()) && buffer[position] == '\n') {
            position++;
        }
        line++;
    }

    private int read() throws IOException {
        if (position == limit && !refill()) {
            return -1;
        }
        return buffer[position++];
    }

    private boolean refill() throws IOException {
        limit = reader.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
            limit = 0;
            return false;
        }
        return true;
    }
}
