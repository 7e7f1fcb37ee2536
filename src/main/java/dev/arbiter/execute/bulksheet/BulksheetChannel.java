package dev.arbiter.execute.bulksheet;

import dev.arbiter.execute.Channel;
import dev.arbiter.execute.CsvLine;
import dev.arbiter.execute.Delivery;
import dev.arbiter.govern.ApprovedAction;
import dev.arbiter.model.Action;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ad actions as the day's Sponsored Products bulksheet (XLSX to upload, CSV to review) in the workspace's
 * {@code out/}: an action is executed when its rows are in the file.
 */
public final class BulksheetChannel implements Channel {
    private final Path outDir;
    private final LocalDate day;
    private List<Path> files = List.of();

    public BulksheetChannel(Path outDir, LocalDate day) {
        this.outDir = outDir;
        this.day = day;
    }

    @Override
    public String name() {
        return "bulksheet";
    }

    @Override
    public boolean handles(Action action) {
        return !BulksheetRows.of(action).isEmpty();
    }

    @Override
    public List<String> preview(List<ApprovedAction> actions) {
        List<String> lines = new ArrayList<>();
        lines.add(new CsvLine(BulksheetRow.headers()).render());
        for (ApprovedAction action : actions) {
            BulksheetRows.of(action.action()).forEach(row -> lines.add(new CsvLine(row.cells()).render()));
        }
        return lines;
    }

    @Override
    public Map<String, Delivery> send(List<ApprovedAction> actions) {
        BulksheetFiles written = new BulksheetWriter().write(actions.stream().map(ApprovedAction::action).toList(),
                outDir, day);
        files = List.of(written.xlsx(), written.csv());
        Map<String, Delivery> deliveries = new LinkedHashMap<>();
        actions.forEach(a -> deliveries.put(a.id(), Delivery.applied("written to bulksheet " + written.xlsx().getFileName())));
        return deliveries;
    }

    /** A bulksheet is only a file until someone uploads it: writing it again is harmless, so it is always rewritten. */
    @Override
    public Optional<Boolean> alreadyApplied(Action action) {
        return Optional.empty();
    }

    @Override
    public List<Path> files() {
        return files;
    }
}
