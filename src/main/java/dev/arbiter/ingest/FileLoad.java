package dev.arbiter.ingest;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Problem;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One file being read: decides what each of its tables is, stages the rows of those it knows and remembers the first
 * problem that condemns the file as a whole.
 */
final class FileLoad implements TableVisitor {
    private final Connection connection;
    private final String file;
    private final long fileId;
    private final Clock clock;
    private final FileCurrency currency;
    private final HeaderSynonyms synonyms;
    private final List<TableLoad> tables = new ArrayList<>();
    private final QuarantineLog quarantine;
    private final AppendQueue appends;
    private Problem fatal;
    private Problem unknownTable;

    FileLoad(Connection connection, String file, long fileId, Clock clock, FileCurrency currency,
            HeaderSynonyms synonyms) {
        this.connection = connection;
        this.file = file;
        this.fileId = fileId;
        this.clock = clock;
        this.currency = currency;
        this.synonyms = synonyms;
        this.quarantine = new QuarantineLog(connection, fileId, file);
        this.appends = new AppendQueue(file);
    }

    @Override
    public Optional<Consumer<SourceRow>> table(String sheet, List<String> header) {
        if (fatal != null) {
            return Optional.empty();
        }
        Optional<Binding> detected = Detection.detect(file, header, synonyms);
        if (detected.isEmpty()) {
            if (unknownTable == null) {
                unknownTable = Detection.explain(file, header, synonyms);
            }
            return Optional.empty();
        }
        Binding binding = detected.get();
        boolean otherKind = kind().filter(k -> k != binding.layout().kind()).isPresent();
        boolean sameTable = tables.stream().anyMatch(t -> t.binding().layout().table().equals(binding.layout().table()));
        if (otherKind || sameTable) {
            return Optional.empty();
        }
        Optional<Problem> duplicated = duplicatedColumn(binding, header);
        if (duplicated.isPresent()) {
            fatal = duplicated.get();
            return Optional.empty();
        }
        Optional<LocalDate> day = Optional.empty();
        if (binding.layout().nameDay().isPresent()) {
            day = binding.layout().nameDay().get().dayOf(file, clock);
            if (day.isEmpty()) {
                fatal = Problem.ofFile(
                        file,
                        "a " + binding.layout().kind().label() + " has no date column, so its day must be in the file name",
                        "rename the file after the day it covers, e.g. BusinessReport-2026-03-01.csv");
                return Optional.empty();
            }
        }
        appends.drain();
        try {
            TableLoad load = new TableLoad(
                    binding,
                    header,
                    new RowReader(file, binding, new FileFacts(day, binding.attributionDays(), fileId, LocalDate.now(clock).plusDays(1)), currency),
                    new Stage(connection, binding.layout(), fileId),
                    quarantine);
            tables.add(load);
            return Optional.of(row -> accept(load, row));
        } catch (SQLException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot stage " + file + ": " + e.getMessage(), e);
        }
    }

    /** A column the layout reads that the header names twice: which of the two holds the truth is anyone's guess. */
    private Optional<Problem> duplicatedColumn(Binding binding, List<String> header) {
        List<String> names = header.stream().map(synonyms::normalise).toList();
        for (int[] positions : binding.positions()) {
            for (int position : positions) {
                if (names.lastIndexOf(names.get(position)) != position) {
                    return Optional.of(Problem.ofFile(
                            file,
                            "the column '" + header.get(position).strip() + "' appears twice in the header",
                            "remove the copy, or download the report again"));
                }
            }
        }
        return Optional.empty();
    }

    private void accept(TableLoad load, SourceRow row) {
        if (fatal != null || row.isBlank()) {
            return;
        }
        RowReading reading = load.read(row);
        if (reading.fileProblem().isPresent()) {
            fatal = reading.fileProblem().get();
            return;
        }
        appends.add(lane -> load.stage(reading, lane));
    }

    Optional<ReportKind> kind() {
        return tables.stream().findFirst().map(t -> t.binding().layout().kind());
    }

    /** The problem that refuses the whole file, if any: a second currency, no day, no known table, no rows. */
    Optional<Problem> refusal() {
        appends.drain();
        if (fatal != null) {
            return Optional.of(fatal);
        }
        if (tables.isEmpty()) {
            return Optional.of(unknownTable != null
                    ? unknownTable
                    : Problem.ofFile(file, "the file has no table", "download the report again"));
        }
        if (tables.stream().allMatch(t -> t.staged() == 0 && t.badRows() == 0)) {
            return Optional.of(Problem.ofFile(
                    file,
                    "the " + kind().orElseThrow().label() + " has a header but no rows",
                    "download it again for a period with activity"));
        }
        return Optional.empty();
    }

    /** Stops the appending thread once the file is committed. */
    void finish() {
        appends.close();
    }

    /** Drops the rows not yet appended and stops the appending thread: the file is refused or failed. */
    void abandon() {
        appends.abandon();
    }

    long fileId() {
        return fileId;
    }

    List<TableLoad> tables() {
        return tables;
    }

    QuarantineLog quarantine() {
        return quarantine;
    }

    FileCurrency currency() {
        return currency;
    }
}
