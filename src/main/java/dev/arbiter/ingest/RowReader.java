package dev.arbiter.ingest;

import dev.arbiter.model.Marketplace;
import dev.arbiter.model.Money;
import dev.arbiter.model.Objective;
import dev.arbiter.model.Problem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns the rows of one table into typed warehouse values, checking each cell (formats doc §0.6–§0.10). */
final class RowReader {
    private static final String FIX_ROW = "fix the row or re-download the report";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    private static final int DAYS_KEPT = 4096;
    private static final String MARKETPLACES =
            Arrays.stream(Marketplace.values()).map(Marketplace::name).collect(Collectors.joining(", "));

    private final String file;
    private final ReportLayout layout;
    private final List<int[]> positions;
    private final FileFacts facts;
    private final FileCurrency currency;
    /** Days already read from their text: a report repeats a handful of dates over millions of rows. */
    private final Map<String, Optional<LocalDate>> days = new HashMap<>();
    private Marketplace daysReadFor;

    RowReader(String file, Binding binding, FileFacts facts, FileCurrency currency) {
        this.file = file;
        this.layout = binding.layout();
        this.positions = binding.positions();
        this.facts = facts;
        this.currency = currency;
    }

    RowReading read(SourceRow row) {
        List<Problem> problems = new ArrayList<>();
        Optional<Problem> mixed = checkCurrencies(row, problems);
        if (mixed.isPresent()) {
            return RowReading.condemning(mixed.get());
        }
        List<Column> columns = layout.columns();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            values[i] = switch (column.origin()) {
                case HEADER -> fromHeader(column, row, positions.get(i), problems);
                case FILE_DAY -> facts.day().orElse(null);
                case FILE_CURRENCY -> lockedCurrency();
                case ATTRIBUTION_DAYS -> facts.attributionDays();
                case FILE_ID -> facts.fileId();
            };
        }
        return problems.isEmpty() ? RowReading.of(values) : RowReading.quarantined(problems);
    }

    private Object fromHeader(Column column, SourceRow row, int[] at, List<Problem> problems) {
        if (at.length == 0) {
            return column.type() == ValueType.CURRENCY ? lockedCurrency() : null;
        }
        int before = problems.size();
        Object value = value(column, row, at[0], problems);
        for (int k = 1; k < at.length && value != null; k++) {
            Object more = value(column, row, at[k], problems);
            value = more == null ? null : (Object) ((Long) value + (Long) more);
        }
        if (value == null && column.required() && !column.blankAllowed() && problems.size() == before) {
            problems.add(problem(row, at[0], row.cell(at[0]), column.words() + " is empty"));
        }
        return value;
    }

    private String lockedCurrency() {
        String code = currency.effective();
        currency.accept(code);
        return code;
    }

    private Optional<Problem> checkCurrencies(SourceRow row, List<Problem> problems) {
        List<Column> columns = layout.columns();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            int[] at = positions.get(i);
            if (at.length == 0 || !(column.type() == ValueType.CURRENCY || column.type() == ValueType.MONEY
                    || column.type() == ValueType.SIGNED_MONEY)) {
                continue;
            }
            Cell cell = row.cell(at[0]);
            Optional<String> stated = statedCurrency(column, cell);
            if (stated.isEmpty()) {
                continue;
            }
            String code = stated.get();
            if (!currency.known(code)) {
                problems.add(problem(row, at[0], cell, "currency " + code + " is not one of Arbiter's marketplaces"));
            } else if (!currency.accept(code)) {
                return Optional.of(new Problem(
                        file,
                        row.line(),
                        at[0] + 1,
                        cell.text().strip(),
                        "the file mixes currencies: earlier rows are in " + currency.effective() + ", this one in "
                                + code,
                        "load one marketplace per file: split it by currency or download each marketplace's report"));
            }
        }
        return Optional.empty();
    }

    private Optional<String> statedCurrency(Column column, Cell cell) {
        if (cell.number() != null || cell.isBlank()) {
            return Optional.empty();
        }
        if (column.type() == ValueType.CURRENCY) {
            return Optional.of(cell.text().strip().toUpperCase(Locale.ROOT));
        }
        return DisplayNumber.currencyMark(cell.text()).map(currency::resolve);
    }

    private Object value(Column column, SourceRow row, int position, List<Problem> problems) {
        Cell cell = row.cell(position);
        ValueType type = column.type();
        if (type == ValueType.TEXT || type == ValueType.KEY_TEXT) {
            String text = cell.number() != null
                    ? cell.number().stripTrailingZeros().toPlainString()
                    : cell.text().strip();
            if (text.isEmpty() && type == ValueType.KEY_TEXT) {
                problems.add(problem(row, position, cell, column.words() + " is empty"));
            }
            return text.isEmpty() ? null : text;
        }
        if (type == ValueType.CURRENCY) {
            return cell.isBlank() ? currency.effective() : cell.text().strip().toUpperCase(Locale.ROOT);
        }
        if (type == ValueType.DATE) {
            if (cell.isBlank()) {
                return null;
            }
            Optional<LocalDate> day = day(cell);
            if (day.isEmpty()) {
                problems.add(problem(row, position, cell,
                        column.words() + " " + ReportDate.fault(cell, currency.marketplace())));
            } else if (isReportDay(column) && day.get().isAfter(facts.latestDay())) {
                problems.add(problem(row, position, cell, column.words() + " is in the future"));
                return null;
            }
            return day.orElse(null);
        }
        if (type == ValueType.MARKETPLACE) {
            if (cell.isBlank()) {
                return null;
            }
            Optional<Marketplace> marketplace = Marketplace.byCode(cell.text());
            if (marketplace.isEmpty()) {
                problems.add(problem(row, position, cell, column.words() + " must be one of " + MARKETPLACES));
            }
            return marketplace.map(Marketplace::name).orElse(null);
        }
        if (type == ValueType.OBJECTIVE) {
            Optional<Objective> objective = Objective.byKey(cell.text());
            if (objective.isEmpty()) {
                problems.add(problem(
                        row, position, cell, "objective must be one of launch, growth, defend, profit, clear_stock"));
            }
            return objective.map(Objective::key).orElse(null);
        }
        return number(column, row, position, cell, problems);
    }

    private Object number(Column column, SourceRow row, int position, Cell cell, List<Problem> problems) {
        if (column.type() == ValueType.COUNT && cell.number() == null) {
            long whole = plainCount(cell.text());
            if (whole >= 0) {
                return whole;
            }
        }
        if (cell.number() == null && DisplayNumber.isNull(cell.text())) {
            return null;
        }
        BigDecimal value;
        if (cell.number() != null) {
            value = cell.number();
        } else {
            Optional<DisplayNumber> parsed = DisplayNumber.parse(cell.text(), currency.marketplace());
            if (parsed.isEmpty()) {
                problems.add(problem(row, position, cell, column.words() + " is not a number"));
                return null;
            }
            boolean fraction = parsed.get().percent() && column.type() != ValueType.COUNT
                    && column.type() != ValueType.SMALL_COUNT;
            value = fraction ? parsed.get().value().divide(HUNDRED) : parsed.get().value();
        }
        return switch (column.type()) {
            case MONEY, SIGNED_MONEY -> money(column, row, position, cell, value, problems);
            case RATIO -> value.doubleValue();
            case STARS -> stars(column, row, position, cell, value, problems);
            default -> count(column, row, position, cell, value, problems);
        };
    }

    private Optional<LocalDate> day(Cell cell) {
        if (cell.number() != null) {
            return ReportDate.parse(cell, currency.marketplace());
        }
        if (daysReadFor != currency.marketplace()) {
            days.clear();
            daysReadFor = currency.marketplace();
        }
        Optional<LocalDate> day = days.get(cell.text());
        if (day == null) {
            day = ReportDate.parse(cell, currency.marketplace());
            if (days.size() < DAYS_KEPT) {
                days.put(cell.text(), day);
            }
        }
        return day;
    }

    /** A count written as bare digits (most cells of most reports), or -1 for anything else, read the long way. */
    private static long plainCount(String text) {
        int length = text.length();
        if (length == 0 || length > 18) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Whether the column holds the day the row's activity happened (not, say, a campaign's scheduled end). */
    private boolean isReportDay(Column column) {
        return layout.dayColumn().filter(column.target()::equals).isPresent()
                || layout.lastDayColumn().filter(column.target()::equals).isPresent();
    }

    private Object money(Column column, SourceRow row, int position, Cell cell, BigDecimal value, List<Problem> problems) {
        if (value.signum() < 0 && column.type() == ValueType.MONEY) {
            problems.add(problem(row, position, cell, column.words() + " cannot be negative"));
            return null;
        }
        BigDecimal exact = value.setScale(Money.SCALE, RoundingMode.HALF_EVEN);
        if (exact.precision() > 18) {
            problems.add(problem(row, position, cell, column.words() + " is too large"));
            return null;
        }
        return exact;
    }

    private Object stars(Column column, SourceRow row, int position, Cell cell, BigDecimal value, List<Problem> problems) {
        if (value.compareTo(BigDecimal.ONE) < 0 || value.compareTo(FIVE) > 0) {
            problems.add(problem(row, position, cell, column.words() + " must be between 1 and 5 stars"));
            return null;
        }
        return value.doubleValue();
    }

    private Object count(Column column, SourceRow row, int position, Cell cell, BigDecimal value, List<Problem> problems) {
        if (value.signum() < 0) {
            problems.add(problem(row, position, cell, column.words() + " cannot be negative"));
            return null;
        }
        if (value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
            problems.add(problem(row, position, cell, column.words() + " is not a whole number"));
            return null;
        }
        try {
            return column.type() == ValueType.SMALL_COUNT
                    ? (Object) value.intValueExact()
                    : (Object) value.longValueExact();
        } catch (ArithmeticException tooLarge) {
            problems.add(problem(row, position, cell, column.words() + " is too large"));
            return null;
        }
    }

    private Problem problem(SourceRow row, int position, Cell cell, String reason) {
        String value = cell.number() != null ? cell.number().stripTrailingZeros().toPlainString() : cell.text().strip();
        return new Problem(file, row.line(), position + 1, value, reason, FIX_ROW);
    }
}
