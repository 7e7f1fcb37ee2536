package dev.arbiter.policy;

/**
 * Where a node of the operating-model file starts, 1-based, so an error found after loading still points at the file.
 *
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourcePosition(int line, int column) {
    public SourcePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("a source position is 1-based, got " + line + ":" + column);
        }
    }

    /** The position {@code offset} characters further along the same line. */
    public SourcePosition plusColumns(int offset) {
        return new SourcePosition(line, column + offset);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
