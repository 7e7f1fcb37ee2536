package dev.arbiter.ingest;

import dev.arbiter.model.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What reading one row gave: its values in warehouse-column order, or the problems that send it to quarantine, or a
 * problem that condemns the whole file (a second currency).
 */
record RowReading(Object[] values, List<Problem> problems, Optional<Problem> fileProblem) {
    static RowReading of(Object[] values) {
        return new RowReading(values, List.of(), Optional.empty());
    }

    static RowReading quarantined(List<Problem> problems) {
        return new RowReading(null, List.copyOf(problems), Optional.empty());
    }

    static RowReading condemning(Problem problem) {
        return new RowReading(null, List.of(), Optional.of(problem));
    }

    boolean loadable() {
        return values != null;
    }
}
