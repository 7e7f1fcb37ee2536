package dev.arbiter.demo;

import java.io.IOException;
import java.io.Writer;

/**
 * A character buffer in front of a writer that takes no lock per call: POI's sheet writer makes several small
 * writes per cell, and a 90-day search term sheet has millions of cells.
 */
final class UnsynchronizedWriter extends Writer {
    private final Writer out;
    private final char[] buffer = new char[1 << 16];
    private int used;
    private boolean closed;

    UnsynchronizedWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (length >= buffer.length) {
            drain();
            out.write(chars, offset, length);
            return;
        }
        if (used + length > buffer.length) {
            drain();
        }
        System.arraycopy(chars, offset, buffer, used, length);
        used += length;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (length >= buffer.length) {
            drain();
            out.write(text, offset, length);
            return;
        }
        if (used + length > buffer.length) {
            drain();
        }
        text.getChars(offset, offset + length, buffer, used);
        used += length;
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        // POI closes a sheet's writer when it writes the workbook and again when it disposes of it.
        if (!closed) {
            closed = true;
            drain();
            out.close();
        }
    }
}
