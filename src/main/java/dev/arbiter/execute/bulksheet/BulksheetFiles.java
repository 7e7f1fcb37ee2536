package dev.arbiter.execute.bulksheet;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The bulksheet written for one day: the XLSX to upload to Amazon, the same rows as CSV for review,
 * and how many change rows they hold.
 */
public record BulksheetFiles(Path csv, Path xlsx, int rows) {
    public BulksheetFiles {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(xlsx, "xlsx");
        if (rows < 0) {
            throw new IllegalArgumentException("rows cannot be negative, got " + rows);
        }
    }
}
