package dev.arbiter.ingest;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Receives the tables of a file: for each, its header, then (if it wants them) its rows, one at a time. */
interface TableVisitor {
    /** Called with a table's first row; returns where its data rows go, or empty to skip the table. */
    Optional<Consumer<SourceRow>> table(String sheet, List<String> header);
}
