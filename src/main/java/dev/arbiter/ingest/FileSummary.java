package dev.arbiter.ingest;

import dev.arbiter.model.Marketplace;
import dev.arbiter.model.Problem;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of ingesting one file: what it was, how many rows were loaded, replaced, already present or quarantined,
 * whether the whole file was rejected, every problem found and what the loaded rows add up to.
 */
public record FileSummary(
        String file,
        Optional<ReportKind> kind,
        Optional<Marketplace> marketplace,
        long loaded,
        long replaced,
        long unchanged,
        long quarantined,
        boolean rejected,
        List<Problem> errors,
        Totals totals) {
    public FileSummary {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(totals, "totals");
        errors = List.copyOf(errors);
    }

    /** A file refused as a whole: nothing of it was loaded. */
    public static FileSummary rejected(String file, Optional<ReportKind> kind, List<Problem> errors) {
        return new FileSummary(file, kind, Optional.empty(), 0, 0, 0, 0, true, errors, Totals.none());
    }
}
