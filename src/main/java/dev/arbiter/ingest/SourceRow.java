package dev.arbiter.ingest;

import java.util.List;

/** One data row of a table with the 1-based line (CSV/TSV) or row number (XLSX) the user sees it on. */
record SourceRow(long line, List<Cell> cells) {
    Cell cell(int index) {
        return index < cells.size() ? cells.get(index) : Cell.EMPTY;
    }

    boolean isBlank() {
        for (Cell cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
