package dev.arbiter.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A workspace folder: {@code operating-model.yaml}, {@code inbox/} for dropped reports,
 * {@code arbiter.duckdb} (the embedded store) and {@code out/} for what Arbiter writes.
 *
 * @param store where the ledger lives when not in the workspace's DuckDB: a {@code postgresql://…} address
 */
record Workspace(Path dir, Optional<String> store) {

    Workspace {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(store, "store");
    }

    /** A workspace whose ledger is embedded in its DuckDB file. */
    Workspace(Path dir) {
        this(dir, Optional.empty());
    }

    Path operatingModel() {
        return dir.resolve("operating-model.yaml");
    }

    Path inbox() {
        return dir.resolve("inbox");
    }

    Path database() {
        return dir.resolve("arbiter.duckdb");
    }

    Path out() {
        return dir.resolve("out");
    }

    Path report() {
        return out().resolve("report.html");
    }
}
