package dev.arbiter.ingest;

import java.util.Objects;

/**
 * One bad cell the warehouse holds in quarantine instead of loading its row.
 *
 * @param file the file it came from
 * @param line its line (or sheet row) in that file, counting from 1
 * @param column the header of the cell, as the file writes it
 * @param value the cell's text
 * @param reason why the row was not loaded
 */
public record QuarantinedRow(String file, long line, String column, String value, String reason) {
    public QuarantinedRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
    }
}
