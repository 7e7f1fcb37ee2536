package dev.arbiter.ingest;

import dev.arbiter.model.Problem;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The bad rows of one file, appended to the {@code quarantine} table inside the file's transaction; only the first
 * {@value #KEPT} problems are kept in memory for the summary, so a file of millions of bad rows stays cheap.
 */
final class QuarantineLog implements AutoCloseable {
    static final int KEPT = 100;

    private final Connection connection;
    private final long fileId;
    private final String file;
    private final List<Problem> kept = new ArrayList<>();
    private DuckDBAppender appender;
    private long problems;

    QuarantineLog(Connection connection, long fileId, String file) {
        this.connection = connection;
        this.fileId = fileId;
        this.file = file;
    }

    /** Counts a problem, in the order rows are read, and keeps it for the summary while fewer than {@value #KEPT}. */
    void keep(Problem problem) {
        problems++;
        if (kept.size() < KEPT) {
            kept.add(problem);
        }
    }

    /** Appends a problem's row to the {@code quarantine} table; appending lanes take turns. */
    synchronized void append(Problem problem, String columnName) throws SQLException {
        if (appender == null) {
            appender = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "quarantine");
        }
        appender.beginRow();
        appender.append(fileId);
        appender.append(file);
        appender.append(problem.line());
        appender.append(columnName);
        appender.append(problem.value());
        appender.append(problem.reason());
        appender.endRow();
    }

    /** The problems for the summary: the first {@value #KEPT}, then one line saying how many more there are. */
    List<Problem> summary() {
        List<Problem> summary = new ArrayList<>(kept);
        if (problems > kept.size()) {
            summary.add(Problem.ofFile(
                    file,
                    (problems - kept.size()) + " more problems were found in quarantined rows",
                    "see the quarantine table for every one"));
        }
        return summary;
    }

    @Override
    public synchronized void close() throws SQLException {
        if (appender != null) {
            appender.close();
            appender = null;
        }
    }
}
