package dev.arbiter.cli;

import java.nio.file.Path;

/**
 * A workspace folder: {@code operating-model.yaml}, {@code inbox/} for dropped reports,
 * {@code arbiter.duckdb} (the embedded store) and {@code out/} for what Arbiter writes.
 */
record Workspace(Path dir) {

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
