package dev.arbiter.model;

import java.util.Objects;

/**
 * One thing wrong with a user's input, placed precisely enough to fix it.
 *
 * @param file the file's name as the user gave it
 * @param line 1-based line (0 when the problem is the whole file)
 * @param column 1-based column (0 when it is a whole line or file)
 * @param value the offending text, may be empty
 * @param reason what is wrong
 * @param hint what to do about it, may be empty
 */
public record Problem(String file, long line, int column, String value, String reason, String hint) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(hint, "hint");
    }

    public static Problem ofFile(String file, String reason, String hint) {
        return new Problem(file, 0, 0, "", reason, hint);
    }

    /** {@code file:line:column: reason (value 'x'); hint}, as compilers and cel-java write it. */
    public String render() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ").append(reason);
        if (!value.isEmpty()) {
            out.append(" (value '").append(value).append("')");
        }
        if (!hint.isEmpty()) {
            out.append("; ").append(hint);
        }
        return out.toString();
    }
}
