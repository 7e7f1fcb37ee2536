package dev.arbiter.execute.bulksheet;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One upload row of a Sponsored Products bulksheet: a value (possibly empty) for each of the 26 columns. */
public record BulksheetRow(Map<BulksheetColumn, String> values) {

    public BulksheetRow {
        Objects.requireNonNull(values, "values");
        EnumMap<BulksheetColumn, String> complete = new EnumMap<>(BulksheetColumn.class);
        for (BulksheetColumn column : BulksheetColumn.values()) {
            complete.put(column, Objects.requireNonNullElse(values.get(column), ""));
        }
        values = Map.copyOf(complete);
    }

    /** The value of one column; empty when the row leaves it blank. */
    public String value(BulksheetColumn column) {
        return values.get(column);
    }

    /** The values in template column order. */
    public List<String> cells() {
        return Arrays.stream(BulksheetColumn.values()).map(values::get).toList();
    }

    /** The header line of every bulksheet this package writes. */
    public static List<String> headers() {
        return Arrays.stream(BulksheetColumn.values()).map(BulksheetColumn::header).toList();
    }
}
