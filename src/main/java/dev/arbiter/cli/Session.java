package dev.arbiter.cli;

import dev.arbiter.economics.engine.EconomicsEngine;
import dev.arbiter.economics.jdbc.EconomicsQueries;
import dev.arbiter.economics.jdbc.StockQueries;
import dev.arbiter.execute.ExecutionJournal;
import dev.arbiter.execute.jdbc.JdbcExecutionJournal;
import dev.arbiter.govern.AuditLog;
import dev.arbiter.govern.Ledger;
import dev.arbiter.govern.PolicyHistory;
import dev.arbiter.govern.jdbc.JdbcLedger;
import dev.arbiter.govern.jdbc.PostgresqlAddress;
import dev.arbiter.ingest.FileSummary;
import dev.arbiter.ingest.HeaderSynonyms;
import dev.arbiter.ingest.Ingestor;
import dev.arbiter.ingest.QuarantineHold;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.ObjectivePlan;
import dev.arbiter.policy.OperatingModel;
import dev.arbiter.policy.yaml.OperatingModelFile;
import dev.arbiter.warehouse.ParquetExport;
import dev.arbiter.warehouse.Warehouse;
import dev.arbiter.web.Backend;
import dev.arbiter.web.Credentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One command's hold on a workspace: the warehouse, the ledger and the operating model, wired by hand.
 * The only place that builds the object graph.
 */
final class Session implements AutoCloseable {
    private final Workspace workspace;
    private final Warehouse warehouse;
    private final Clock clock;
    /** The ledger's own connection when it lives on PostgreSQL; empty when it shares the workspace's DuckDB. */
    private final Optional<Connection> ledgerStore;
    private JdbcLedger ledger;
    /** The engine computing the economics grain when it is not the workspace's DuckDB ({@code --engine}). */
    private EconomicsEngine grain;

    private Session(Workspace workspace, Warehouse warehouse, Clock clock, Optional<Connection> ledgerStore) {
        this.workspace = workspace;
        this.warehouse = warehouse;
        this.clock = clock;
        this.ledgerStore = ledgerStore;
    }

    static Session open(Workspace workspace) {
        return open(workspace, Clock.systemUTC());
    }

    static Session open(Workspace workspace, Clock clock) {
        if (!Files.isDirectory(workspace.dir())) {
            throw new ArbiterException(ErrorKind.USER, "the workspace " + workspace.dir()
                    + " does not exist; create it, or run 'arbiter demo' to build a demo workspace");
        }
        Optional<PostgresqlAddress> store = workspace.store().map(PostgresqlAddress::parse);
        Warehouse warehouse = Warehouse.open(workspace.database());
        try {
            return new Session(workspace, warehouse, clock, store.map(PostgresqlAddress::connect));
        } catch (RuntimeException e) {
            warehouse.close();
            throw e;
        }
    }

    Workspace workspace() {
        return workspace;
    }

    Clock clock() {
        return clock;
    }

    /** Every regular file in the inbox, in name order. */
    List<Path> inboxFiles() {
        if (!Files.isDirectory(workspace.inbox())) {
            throw new ArbiterException(ErrorKind.USER, "no files given and " + workspace.inbox()
                    + " does not exist; name the report files to load, or drop them into the inbox folder");
        }
        try (Stream<Path> files = Files.list(workspace.inbox())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot list " + workspace.inbox() + ": " + e.getMessage(), e);
        }
    }

    List<FileSummary> ingest(List<Path> files) {
        OperatingModel model = operatingModelIfPresent();
        Ingestor ingestor = new Ingestor(warehouse.connection(), clock,
                model == null ? dev.arbiter.model.Marketplace.US : model.marketplace(),
                HeaderSynonyms.forWorkspace(workspace.dir()));
        ProgressBar progress = ProgressBar.onStandardError("ingest", files.size());
        List<FileSummary> summaries = new ArrayList<>();
        for (Path file : files) {
            summaries.add(ingestor.ingest(file));
            progress.step(file.getFileName().toString());
        }
        progress.finish();
        return summaries;
    }

    /** What the warehouse holds in quarantine. */
    QuarantineHold quarantine() {
        return new QuarantineHold(warehouse.connection());
    }

    OperatingModel operatingModel() {
        if (!Files.isRegularFile(workspace.operatingModel())) {
            throw new ArbiterException(ErrorKind.USER, "the workspace has no operating-model.yaml; write one (see the README)"
                    + " or copy the demo's");
        }
        return OperatingModelFile.load(workspace.operatingModel());
    }

    private OperatingModel operatingModelIfPresent() {
        return Files.isRegularFile(workspace.operatingModel()) ? operatingModel() : null;
    }

    /** The warehouse's connection, for commands that count what it holds (the benchmark). */
    Connection warehouseConnection() {
        return warehouse.connection();
    }

    /** The warehouse's economics, each SKU's objective resolved by the operating model's plan when there is one. */
    EconomicsQueries economics() {
        OperatingModel model = operatingModelIfPresent();
        ObjectivePlan plan = model == null ? ObjectivePlan.none() : model.objectivePlan();
        return grain == null ? new EconomicsQueries(warehouse.connection(), plan)
                : new EconomicsQueries(warehouse.connection(), plan, grain);
    }

    /** From now on SKU-days, targets and search terms come from {@code engine}; the caller closes it. */
    void computeEconomicsWith(EconomicsEngine engine) {
        this.grain = engine;
    }

    /** Writes the tables the economics read as Parquet files into {@code dir}, for another engine to read. */
    Path warehouseAsParquet(Path dir) {
        return new ParquetExport(warehouse.connection()).writeTo(dir);
    }

    /** Daily units and case packs for inventory planning, from the workspace's warehouse. */
    StockQueries stock() {
        return new StockQueries(warehouse.connection());
    }

    /** The ledger: on the PostgreSQL server named by {@code --store}, else in the workspace's DuckDB file. */
    Ledger ledger() {
        return jdbcLedger();
    }

    /** The hash-chained audit log of the ledger's store. */
    AuditLog auditLog() {
        return jdbcLedger().auditLog();
    }

    /** The versions of the operating model applied through 'arbiter policy apply'. */
    PolicyHistory policyHistory() {
        return jdbcLedger().policyHistory();
    }

    private JdbcLedger jdbcLedger() {
        if (ledger == null) {
            ledger = new JdbcLedger(ledgerStore.orElseGet(warehouse::connection), clock);
        }
        return ledger;
    }

    /** What the web app needs, over the loop's window; the report is rendered afresh on each request. */
    Backend web(String brand) {
        Ledger ledger = ledger();
        DateRange window = loop().window();
        return new Backend(brand, operatingModel(), ledger, auditLog(), economics(),
                credentials(), window, () -> Reporting.html(this, window, brand), clock);
    }

    /** The users' web passwords; opening the ledger first brings its tables (and theirs) up to date. */
    Credentials credentials() {
        ledger();
        return new Credentials(ledgerStore.orElseGet(warehouse::connection), clock);
    }

    Loop loop() {
        Ledger ledger = ledger();
        return new Loop(economics(), operatingModel(), ledger, executionJournal(), clock).withStock(stock());
    }

    /** The journal of execution records; lives beside the ledger, whose migrations create its table. */
    ExecutionJournal executionJournal() {
        ledger();
        return new JdbcExecutionJournal(ledgerStore.orElseGet(warehouse::connection));
    }

    @Override
    public void close() {
        try {
            if (ledgerStore.isPresent()) {
                ledgerStore.get().close();
            }
        } catch (SQLException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot close the ledger store: " + e.getMessage(), e);
        } finally {
            warehouse.close();
        }
    }
}
