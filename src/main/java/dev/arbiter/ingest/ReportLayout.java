package dev.arbiter.ingest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one table of a report kind is read into one warehouse table: its columns in the warehouse table's order, the
 * measures its totals add up, the column that holds its day, and whether the day comes from the file's name.
 *
 * @param kind the report kind this table belongs to
 * @param table the warehouse table it loads
 * @param columns every column of the warehouse table, in its order
 * @param measures totals label → warehouse column, in display order
 * @param dayColumn the column holding the row's day (or its period's first day), if any
 * @param lastDayColumn the column holding the last day of the row's period, for summary-layout reports
 * @param nameDay how the file's name gives the day, when the report has no date column
 * @param excludedHeaders headers that mark a look-alike table this layout must not read (a Sponsored Brands tab)
 */
record ReportLayout(
        ReportKind kind,
        String table,
        List<Column> columns,
        Map<String, String> measures,
        Optional<String> dayColumn,
        Optional<String> lastDayColumn,
        Optional<NameDay> nameDay,
        List<String> excludedHeaders) {
    ReportLayout {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(dayColumn, "dayColumn");
        Objects.requireNonNull(lastDayColumn, "lastDayColumn");
        Objects.requireNonNull(nameDay, "nameDay");
        excludedHeaders = excludedHeaders.stream().map(HeaderName::normalise).toList();
    }

    List<Column> requiredColumns() {
        return columns.stream().filter(Column::required).toList();
    }
}
