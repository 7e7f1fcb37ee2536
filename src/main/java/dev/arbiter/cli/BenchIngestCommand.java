package dev.arbiter.cli;

import dev.arbiter.demo.LargeSearchTermReport;
import dev.arbiter.ingest.FileSummary;
import dev.arbiter.ingest.Ingestor;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Marketplace;
import dev.arbiter.warehouse.SqlResource;
import dev.arbiter.warehouse.Warehouse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code arbiter bench-ingest}: writes a large search term report and times Arbiter's ingest of it (every check on,
 * one transaction) against DuckDB's own {@code read_csv} of the same file into a bare table.
 */
@Command(name = "bench-ingest", description = "Time Arbiter's ingest of a large search term report against DuckDB's read_csv.")
final class BenchIngestCommand implements Callable<Integer> {
    private static final String CSV = "bench-search-term.csv";
    private static final String ARBITER_DB = "bench-arbiter.duckdb";
    private static final String RAW_DB = "bench-duckdb.duckdb";

    @Option(names = "--rows", paramLabel = "N", description = "Rows of the report (default: ${DEFAULT-VALUE}).")
    long rows = 5_000_000;

    @Option(names = {"-d", "--dir"}, paramLabel = "DIR", description = "Where to write the report and the two databases"
            + " (default: a new temporary folder); the files are deleted afterwards.")
    Path dir;

    @Option(names = "--verbose", description = "Show stack traces of failures.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (rows < 1 || rows > 100_000_000) {
            throw new ParameterException(spec.commandLine(), "--rows must be between 1 and 100000000, got " + rows);
        }
        Path folder = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("arbiter-bench-");
        Path csv = folder.resolve(CSV);
        List<Path> made = List.of(csv, folder.resolve(ARBITER_DB), folder.resolve(ARBITER_DB + ".wal"),
                folder.resolve(RAW_DB), folder.resolve(RAW_DB + ".wal"));
        for (Path file : made) {
            Files.deleteIfExists(file);
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            long started = System.nanoTime();
            long bytes = new LargeSearchTermReport(LocalDate.of(2026, 1, 1), 42).write(csv, rows);
            out.println(String.format(Locale.ROOT, "report     %,d rows, %.1f MB in %s (written in %.1f s)",
                    rows, bytes / 1e6, csv, seconds(started)));
            out.flush();
            double arbiter = arbiterSeconds(csv, folder.resolve(ARBITER_DB));
            out.println(line("arbiter", arbiter, "Ingestor, every check on, one transaction, lineage and totals"));
            out.flush();
            double duckdb = duckdbSeconds(csv, folder.resolve(RAW_DB));
            out.println(line("duckdb", duckdb, "read_csv into a bare table, "
                    + Runtime.getRuntime().availableProcessors() + " threads"));
            out.println(String.format(Locale.ROOT, "ratio      %.2f of DuckDB's raw rate (target: at least 0.50)",
                    duckdb / arbiter));
            out.flush();
            return ExitCode.OK.code();
        } finally {
            for (Path file : made) {
                Files.deleteIfExists(file);
            }
        }
    }

    private String line(String who, double seconds, String what) {
        return String.format(Locale.ROOT, "%-10s %,d rows in %.2f s = %,.0f rows/s (%s)", who, rows, seconds,
                rows / seconds, what);
    }

    private double arbiterSeconds(Path csv, Path database) {
        try (Warehouse warehouse = Warehouse.open(database)) {
            Ingestor ingestor = new Ingestor(warehouse.connection(), Clock.systemUTC(), Marketplace.US);
            long started = System.nanoTime();
            FileSummary summary = ingestor.ingest(csv);
            double seconds = seconds(started);
            if (summary.rejected() || summary.loaded() != rows || summary.quarantined() != 0) {
                throw new ArbiterException(ErrorKind.INTERNAL, "the benchmark report did not load whole: "
                        + summary.loaded() + " of " + rows + " rows loaded, " + summary.quarantined() + " quarantined, "
                        + summary.errors());
            }
            return seconds;
        }
    }

    private double duckdbSeconds(Path csv, Path database) {
        String sql = SqlResource.of(BenchIngestCommand.class, "bench_raw_read_csv")
                .replace("${file}", "'" + csv.toAbsolutePath().toString().replace("'", "''") + "'");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath());
                Statement statement = connection.createStatement()) {
            long started = System.nanoTime();
            statement.execute(sql);
            return seconds(started);
        } catch (SQLException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "DuckDB cannot read " + csv + ": " + e.getMessage(), e);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
