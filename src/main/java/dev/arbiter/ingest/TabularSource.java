package dev.arbiter.ingest;

import dev.arbiter.model.Problem;
import java.util.Optional;

/** A file read as tables of cells, whatever its shape (CSV, TSV, XLSX); streams rows, never holds a sheet. */
interface TabularSource {
    /** Feeds every table to the visitor; returns the problem that stopped reading the file, if any. */
    Optional<Problem> read(TableVisitor visitor);
}
