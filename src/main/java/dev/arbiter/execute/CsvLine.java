package dev.arbiter.execute;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** One line of an RFC 4180 CSV file: cells quoted only when they hold a comma, a quote or a line break. */
public record CsvLine(List<String> cells) {
    public CsvLine {
        Objects.requireNonNull(cells, "cells");
        cells = List.copyOf(cells);
    }

    public static CsvLine of(String... cells) {
        return new CsvLine(List.of(cells));
    }

    /** The line without its line break. */
    public String render() {
        return cells.stream().map(CsvLine::quoted).collect(Collectors.joining(","));
    }

    private static String quoted(String cell) {
        boolean needsQuotes = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
