package dev.arbiter.customers.csv;

import java.util.ArrayList;
import java.util.List;

/** Splits one line of comma-separated text by RFC 4180 ({@code "} quotes, {@code ""} escapes). */
final class CommaSeparated {
    private CommaSeparated() {}

    /** The line's fields; null when a quote opened in it is never closed (a quoted line break, unsupported). */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }
}
