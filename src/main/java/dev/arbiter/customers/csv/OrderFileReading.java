package dev.arbiter.customers.csv;

import dev.arbiter.customers.OrderLine;
import dev.arbiter.model.Problem;
import java.util.List;
import java.util.Objects;

/**
 * An order file read: the lines that passed every check, the problems of the rows quarantined, the file's
 * currency and how many data rows it held.
 */
public record OrderFileReading(String file, String currency, long rows, List<OrderLine> lines, List<Problem> problems) {
    public OrderFileReading {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(currency, "currency");
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    /** The number of rows quarantined (a row may have more than one problem). */
    public long quarantined() {
        return problems.stream().map(Problem::line).distinct().count();
    }
}
