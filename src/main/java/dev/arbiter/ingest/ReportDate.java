package dev.arbiter.ingest;

import dev.arbiter.model.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day as Amazon's reports write it (formats doc §0.9): {@code Nov 16, 2018}, {@code 10/01/2018},
 * {@code 2019-11-01}, a Japanese console's {@code 2026/03/03}, {@code 2019-11-01T06:37:20+00:00}, {@code 07-Sep-2019},
 * {@code 20260401}, a settlement's
 * {@code 2026-03-01 08:00:00 UTC} or {@code 04.03.2021 17:22:55 UTC}, a transaction report's
 * {@code Dec 1, 2019 2:29:33 AM PST} (its local day), or an Excel serial day
 * in a date-formatted XLSX cell. Month names are English whatever the machine's locale. A slashed day such as
 * {@code 01/02/2026} is read in the order of the file's marketplace ({@link DateOrder}); a year-first one in any.
 */
final class ReportDate {
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("MMM d, yyyy"),
            pattern("MMMM d, yyyy"),
            pattern("dd-MMM-yyyy"),
            pattern("yyyyMMdd"),
            pattern("dd.MM.yyyy"));
    /** A day whose order only the marketplace tells: {@code 01/02/2026}. */
    private static final Pattern SLASHED = Pattern.compile("^\\d{1,2}/\\d{1,2}/\\d{4}$");
    private static final Pattern YEAR_SLASHED = Pattern.compile("^\\d{4}/\\d{1,2}/\\d{1,2}$");
    private static final Pattern CLOCK_TIME =
            Pattern.compile("^(\\S+|[A-Za-z]{3,9} \\d{1,2}, \\d{4}) \\d{1,2}:\\d{2}:\\d{2}( [AP]M)?( UTC| [A-Z]{3,4})?$");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private ReportDate() {}

    /** The day a cell holds, a slashed one read in {@code marketplace}'s order; empty when it is not a day. */
    static Optional<LocalDate> parse(Cell cell, Marketplace marketplace) {
        if (cell.number() != null) {
            return fromNumber(cell.number(), marketplace);
        }
        String text = withoutTime(cell.text().strip());
        if (SLASHED.matcher(text).matches()) {
            return DateOrder.of(marketplace).parse(text);
        }
        if (YEAR_SLASHED.matcher(text).matches()) {
            return DateOrder.YEAR_FIRST.parse(text);
        }
        if (text.length() > 10 && text.charAt(4) == '-' && text.charAt(10) == 'T') {
            try {
                return Optional.of(OffsetDateTime.parse(text).toLocalDate());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        return Optional.empty();
    }

    /**
     * Why a cell that {@link #parse} could not read is no day of {@code marketplace}: a slashed day that is real only
     * in another marketplace's order ({@code 13/01/2026} in a US file), else that it is no date at all.
     */
    static String fault(Cell cell, Marketplace marketplace) {
        String text = cell.number() != null ? "" : withoutTime(cell.text().strip());
        DateOrder expected = DateOrder.of(marketplace);
        boolean otherOrder = SLASHED.matcher(text).matches()
                && Arrays.stream(DateOrder.values()).anyMatch(order -> order.parse(text).isPresent());
        return otherOrder
                ? "does not fit the order of a " + marketplace + " file's slashed dates, " + expected.describe()
                : "is not a date";
    }

    private static String withoutTime(String text) {
        if (text.length() > 10 && text.charAt(4) == '-' && text.charAt(10) == 'T') {
            return text;
        }
        Matcher withTime = CLOCK_TIME.matcher(text);
        return withTime.matches() ? withTime.group(1) : text;
    }

    private static Optional<LocalDate> fromNumber(BigDecimal number, Marketplace marketplace) {
        long whole = number.longValue();
        if (whole >= 19000101 && whole <= 29991231) {
            return parse(Cell.text(Long.toString(whole)), marketplace);
        }
        if (whole < 1 || whole > 2958465) {
            return Optional.empty();
        }
        return Optional.of(EXCEL_EPOCH.plusDays(whole));
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }
}
