package dev.arbiter.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every workspace command shares. */
final class WorkspaceOptions {

    @Option(names = {"-d", "--dir"}, description = "The workspace folder (default: the current folder).", paramLabel = "DIR")
    Path dir = Path.of(".");

    @Option(names = "--verbose", description = "Show stack traces of failures.")
    boolean verbose;

    Workspace workspace() {
        return new Workspace(dir.toAbsolutePath().normalize());
    }
}
