package dev.arbiter.customers.csv;

import dev.arbiter.model.Problem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** One data row: typed cells by column position, each failed check recorded as a problem at its line and column. */
final class Row {
    private final String file;
    private final long line;
    private final List<String> fields;
    private final List<Problem> problems;
    private boolean bad;

    Row(String file, long line, List<String> fields, List<Problem> problems) {
        this.file = file;
        this.line = line;
        this.fields = fields;
        this.problems = problems;
    }

    long line() {
        return line;
    }

    /** Whether every check on the row passed so far. */
    boolean ok() {
        return !bad;
    }

    /** Quarantines the row with a problem at {@code column} (0-based position, shown 1-based). */
    void reject(int column, String reason, String hint) {
        problems.add(new Problem(file, line, column + 1, text(column), reason, hint));
        bad = true;
    }

    String text(int column) {
        return column < fields.size() ? fields.get(column).strip() : "";
    }

    String text(Optional<Integer> column) {
        return column.map(this::text).orElse("");
    }

    /** An amount in minor units (two decimals); 0 when the optional column is absent or empty. */
    long money(Optional<Integer> column) {
        return column.filter(c -> !text(c).isEmpty()).map(this::money).orElse(0L);
    }

    long money(int column) {
        return decimal(column).map(v -> v.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact())
                .orElse(0L);
    }

    OptionalLong optionalMoney(Optional<Integer> column) {
        return column.filter(c -> !text(c).isEmpty()).map(c -> OptionalLong.of(money(c))).orElse(OptionalLong.empty());
    }

    Optional<BigDecimal> decimal(int column) {
        try {
            return Optional.of(new BigDecimal(text(column)));
        } catch (NumberFormatException e) {
            reject(column, "not a number", "write numbers with a '.' decimal point and no thousands separator");
            return Optional.empty();
        }
    }

    /** A whole quantity; 0 when the optional column is absent or empty. */
    long whole(Optional<Integer> column) {
        return column.filter(c -> !text(c).isEmpty()).map(this::whole).orElse(0L);
    }

    long whole(int column) {
        try {
            return Long.parseLong(text(column));
        } catch (NumberFormatException e) {
            reject(column, "not a whole number", "quantities are whole numbers such as 3");
            return 0;
        }
    }

    /** A date in {@code pattern} (a date-time pattern keeps only the date); 1970-01-01 after a problem. */
    LocalDate date(int column, DateTimeFormatter pattern, String hint) {
        try {
            return LocalDate.parse(text(column), pattern);
        } catch (DateTimeParseException e) {
            reject(column, "not a date", hint);
            return LocalDate.EPOCH;
        }
    }
}
