package dev.arbiter.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every workspace command shares. */
final class WorkspaceOptions {

    @Option(names = {"-d", "--dir"}, description = "The workspace folder (default: the current folder).", paramLabel = "DIR")
    Path dir = Path.of(".");

    @Option(names = "--store", paramLabel = "URL", description = "Keep the ledger and audit log on PostgreSQL"
            + " (postgresql://host:port/db?user=…&password=…) instead of the workspace's DuckDB file.")
    String store;

    @Option(names = "--verbose", description = "Show stack traces of failures.")
    boolean verbose;

    Workspace workspace() {
        return new Workspace(dir.toAbsolutePath().normalize(), java.util.Optional.ofNullable(store));
    }
}
