package dev.arbiter.demo;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A UTF-8 text report being written line by line with LF endings, optionally behind a byte-order mark. */
final class TextFile implements AutoCloseable {
    private final Path path;
    private final BufferedWriter writer;
    private int lines;

    TextFile(Path path, boolean byteOrderMark) {
        this.path = path;
        try {
            this.writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            if (byteOrderMark) {
                writer.write('\uFEFF');
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Writes the fields joined by the delimiter; the caller has already quoted them as the format requires. */
    void line(List<String> fields, String delimiter) {
        try {
            writer.write(String.join(delimiter, fields));
            writer.write('\n');
            lines++;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Lines written after the header. */
    int dataLines() {
        return Math.max(0, lines - 1);
    }

    Path path() {
        return path;
    }

    private ArbiterException failure(IOException e) {
        return new ArbiterException(ErrorKind.EXTERNAL, "could not write " + path + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw failure(e);
        }
    }
}
