package dev.arbiter.bench;

import dev.arbiter.demo.LargeSearchTermReport;
import dev.arbiter.ingest.FileSummary;
import dev.arbiter.ingest.Ingestor;
import dev.arbiter.model.Marketplace;
import dev.arbiter.warehouse.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Report parsing: one 200,000-row Sponsored Products search term CSV (console rendering) through the ingest reader
 * with every check on, into a fresh warehouse each time; the score is rows per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class ReportParsingBenchmark {
    static final int ROWS = 200_000;

    private Path folder;
    private Path csv;
    private Warehouse warehouse;

    @Setup(Level.Trial)
    public void write() throws IOException {
        folder = Files.createTempDirectory("arbiter-parsing-");
        csv = folder.resolve("search-term.csv");
        new LargeSearchTermReport(LocalDate.of(2026, 1, 1), 42).write(csv, ROWS);
    }

    @Setup(Level.Invocation)
    public void openWarehouse() throws IOException {
        Files.deleteIfExists(folder.resolve("bench.duckdb"));
        Files.deleteIfExists(folder.resolve("bench.duckdb.wal"));
        warehouse = Warehouse.open(folder.resolve("bench.duckdb"));
    }

    /** One file read, checked and loaded. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long ingest_200k_search_term_rows() {
        FileSummary summary = new Ingestor(warehouse.connection(), Clock.systemUTC(), Marketplace.US).ingest(csv);
        if (summary.loaded() != ROWS) {
            throw new IllegalStateException("loaded " + summary.loaded() + " of " + ROWS + " rows: " + summary.errors());
        }
        return summary.loaded();
    }

    @TearDown(Level.Invocation)
    public void closeWarehouse() {
        warehouse.close();
    }

    @TearDown(Level.Trial)
    public void delete() {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
