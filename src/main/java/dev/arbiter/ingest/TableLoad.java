package dev.arbiter.ingest;

import dev.arbiter.model.Problem;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One table of a file on its way into the warehouse: rows read, counted and added up on the reading thread, then
 * staged or quarantined on an appending lane.
 */
final class TableLoad {
    private final Binding binding;
    private final List<String> header;
    private final RowReader reader;
    private final Stage stage;
    private final QuarantineLog quarantine;
    private final Map<String, BigDecimal> sums = new LinkedHashMap<>();
    private final int[] measureIndexes;
    private final int dayIndex;
    private final int lastDayIndex;
    private long staged;
    private long badRows;
    private LocalDate firstDay;
    private LocalDate lastDay;

    TableLoad(Binding binding, List<String> header, RowReader reader, Stage stage, QuarantineLog quarantine) {
        this.quarantine = quarantine;
        this.binding = binding;
        this.header = List.copyOf(header);
        this.reader = reader;
        this.stage = stage;
        List<String> targets = binding.layout().columns().stream().map(Column::target).toList();
        binding.layout().measures().keySet().forEach(label -> sums.put(label, BigDecimal.ZERO));
        this.measureIndexes = binding.layout().measures().values().stream().mapToInt(targets::indexOf).toArray();
        this.dayIndex = binding.layout().dayColumn().map(targets::indexOf).orElse(-1);
        this.lastDayIndex = binding.layout().lastDayColumn().map(targets::indexOf).orElse(-1);
    }

    /**
     * Reads one row on the reading thread: its values (counted and added up here) or problems, or the problem that
     * condemns the file.
     */
    RowReading read(SourceRow row) {
        RowReading reading = reader.read(row);
        if (reading.fileProblem().isEmpty()) {
            if (reading.loadable()) {
                staged++;
                addUp(reading.values());
            } else {
                badRows++;
                reading.problems().forEach(quarantine::keep);
            }
        }
        return reading;
    }

    /** Stages a row read well or quarantines one read badly, on an appending lane. */
    void stage(RowReading reading, int lane) throws SQLException {
        if (reading.loadable()) {
            stage.append(reading.values(), lane);
            return;
        }
        for (Problem problem : reading.problems()) {
            quarantine.append(problem, columnName(problem.column()));
        }
    }

    private void addUp(Object[] values) {
        int i = 0;
        for (Map.Entry<String, BigDecimal> sum : sums.entrySet()) {
            Object value = values[measureIndexes[i++]];
            if (value instanceof BigDecimal decimal) {
                sum.setValue(sum.getValue().add(decimal));
            } else if (value instanceof Long number) {
                sum.setValue(sum.getValue().add(BigDecimal.valueOf(number)));
            }
        }
        if (dayIndex >= 0 && values[dayIndex] instanceof LocalDate day) {
            firstDay = firstDay == null || day.isBefore(firstDay) ? day : firstDay;
        }
        if (lastDayIndex >= 0 && values[lastDayIndex] instanceof LocalDate day) {
            lastDay = lastDay == null || day.isAfter(lastDay) ? day : lastDay;
        }
    }

    Binding binding() {
        return binding;
    }

    /** The header a problem's column points at, as the file writes it. */
    String columnName(int column) {
        return column >= 1 && column <= header.size() ? header.get(column - 1).strip() : "";
    }

    Stage stage() {
        return stage;
    }

    long staged() {
        return staged;
    }

    long badRows() {
        return badRows;
    }

    Map<String, BigDecimal> sums() {
        return sums;
    }

    Optional<LocalDate> firstDay() {
        return Optional.ofNullable(firstDay);
    }

    Optional<LocalDate> lastDay() {
        return Optional.ofNullable(lastDay);
    }
}
