package dev.arbiter.cli;

import dev.arbiter.customers.CustomerAnalysis;
import dev.arbiter.customers.PeriodUnit;
import dev.arbiter.customers.csv.OrderFileReading;
import dev.arbiter.customers.csv.OrderFormat;
import dev.arbiter.demo.LargeBrand;
import dev.arbiter.demo.LargeBrandSize;
import dev.arbiter.ingest.FileSummary;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.warehouse.SqlResource;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code arbiter bench}: the whole loop on a workspace (the code {@code ingest} and {@code run} use), timed per
 * stage with rows, rows per second and peak heap; {@code --incremental} first writes the next day of every daily
 * report of a generated brand and loads only that.
 */
@Command(name = "bench", description = "Time the whole loop per stage on a workspace (see 'arbiter generate').")
final class BenchCommand implements Callable<Integer> {
    private static final String ORDERS = "orders.csv";

    @Mixin
    WorkspaceOptions options;

    @Option(names = "--json", description = "Print {\"stages\": [...], \"total_seconds\": s} instead of a table.")
    boolean json;

    @Option(names = "--incremental", description = "Write the next day of every daily report of the generated brand,"
            + " load it and run the loop again (the daily run).")
    boolean incremental;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Workspace workspace = options.workspace();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BenchStages stages = new BenchStages(err);
        try (Session session = Session.open(workspace)) {
            List<Path> files = incremental ? nextDay(session, workspace, err) : session.inboxFiles();
            stages.begin();
            List<FileSummary> summaries = session.ingest(files);
            stages.end("ingest", summaries.stream().mapToLong(FileSummary::loaded).sum());
            warnAboutRejects(summaries, err);
            Loop.Outcome outcome = session.loop().run(workspace.out(), ProgressBar.silent(stage -> stages.end(stage, 0)));
            DateRange window = outcome.window();
            stages.rows("economics", windowRows(session, window));
            stages.rows("proposals", outcome.proposed());
            stages.rows("governance", outcome.proposed() + outcome.returnedToAwaiting());
            stages.rows("execution", outcome.executed());
            Reporting.write(session, window, "Arbiter");
            stages.end("report", outcome.proposed());
            Path orders = workspace.dir().resolve(ORDERS);
            if (!incremental && Files.isRegularFile(orders)) {
                stages.end("customers", customers(workspace, orders));
            }
        }
        if (json) {
            out.println(stages.json());
        } else {
            stages.printTable(out);
        }
        out.flush();
        return ExitCode.OK.code();
    }

    /** Writes the day after the warehouse's last day for the generated brand and returns its files. */
    private static List<Path> nextDay(Session session, Workspace workspace, PrintWriter err) {
        LargeBrandSize size = LargeBrandSize.load(workspace.dir());
        LocalDate next = session.loop().window().to().plusDays(1);
        long started = System.nanoTime();
        List<Path> files = new LargeBrand(size).writeDay(workspace.dir(), next);
        err.println(String.format(Locale.ROOT, "generated     %s: %d files in %.1f s (not timed below)", next,
                files.size(), (System.nanoTime() - started) / 1e9));
        err.flush();
        return files;
    }

    private static void warnAboutRejects(List<FileSummary> summaries, PrintWriter err) {
        for (FileSummary summary : summaries) {
            if (summary.rejected() || summary.quarantined() > 0) {
                err.println("warning: " + summary.file() + ": " + (summary.rejected() ? "rejected" : summary.quarantined()
                        + " rows quarantined") + " (arbiter quarantine --dir DIR lists them)");
            }
        }
        err.flush();
    }

    /** Reads and analyses the order file as {@code arbiter customers} does (weeks, 52-week horizon); returns its rows. */
    private static long customers(Workspace workspace, Path orders) {
        WorkspaceOrderCosts costs = WorkspaceOrderCosts.of(workspace);
        OrderFileReading reading = OrderFormat.OURS.read(orders, costs.currency());
        if (!reading.lines().isEmpty()) {
            CustomerAnalysis.of(reading.lines(), costs.forOrders(reading.currency()),
                    CustomerAnalysis.lastOrderDate(reading.lines()), PeriodUnit.WEEK, 52);
        }
        return reading.rows();
    }

    private static long windowRows(Session session, DateRange window) {
        String sql = SqlResource.of(BenchCommand.class, "bench_window_rows");
        try (PreparedStatement statement = session.warehouseConnection().prepareStatement(sql)) {
            for (int i = 0; i < 4; i += 2) {
                statement.setObject(i + 1, window.from());
                statement.setObject(i + 2, window.to());
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot count the window's rows: " + e.getMessage(), e);
        }
    }
}
