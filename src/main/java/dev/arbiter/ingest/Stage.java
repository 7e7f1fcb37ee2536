package dev.arbiter.ingest;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.warehouse.SqlResource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A staging copy of one warehouse table filled by DuckDB's appender inside the file's transaction, then merged: rows
 * of the same natural key are deleted (counted as replaced) and the staged rows inserted.
 */
final class Stage implements AutoCloseable {
    private final Connection connection;
    private final ReportLayout layout;
    private final String name;
    private DuckDBAppender appender;

    Stage(Connection connection, ReportLayout layout) throws SQLException {
        this.connection = connection;
        this.layout = layout;
        this.name = "ingest_stage_" + layout.table();
        execute(sql("create_stage"));
        checkColumns();
        this.appender = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, name);
    }

    void append(Object[] values) throws SQLException {
        appender.beginRow();
        for (Object value : values) {
            if (value == null) {
                appender.append((String) null);
            } else if (value instanceof String text) {
                appender.append(text);
            } else if (value instanceof Long number) {
                appender.append(number.longValue());
            } else if (value instanceof Integer number) {
                appender.append(number.intValue());
            } else if (value instanceof BigDecimal decimal) {
                // the appender casts text to DECIMAL natively, twice as fast as appendBigDecimal's JNI calls back
                appender.append(decimal.toPlainString());
            } else if (value instanceof Double ratio) {
                appender.append(ratio.doubleValue());
            } else if (value instanceof LocalDate day) {
                appender.append(day.toString());
            } else {
                throw new ArbiterException(ErrorKind.INTERNAL, "cannot stage a " + value.getClass().getName());
            }
        }
        appender.endRow();
    }

    /** Replaces older rows of the same keys with the staged ones; returns {replaced, loaded}. */
    long[] merge() throws SQLException {
        closeAppender();
        long replaced;
        long loaded;
        try (Statement statement = connection.createStatement()) {
            replaced = statement.executeUpdate(SqlResource.of(Stage.class, "replace_" + layout.table()));
            loaded = statement.executeUpdate(sql("insert_staged"));
        }
        return new long[] {replaced, loaded};
    }

    @Override
    public void close() throws SQLException {
        closeAppender();
        execute(sql("drop_stage"));
    }

    /** Lets go of the appender when the file is refused; the rollback removes the staging table. */
    void abandon() {
        try {
            closeAppender();
        } catch (SQLException ignored) {
            // the transaction is rolled back anyway
        }
    }

    private void closeAppender() throws SQLException {
        if (appender != null) {
            appender.close();
            appender = null;
        }
    }

    private void checkColumns() throws SQLException {
        List<String> actual = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                var result = statement.executeQuery(sql("stage_columns"))) {
            ResultSetMetaData meta = result.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                actual.add(meta.getColumnName(i));
            }
        }
        List<String> expected = layout.columns().stream().map(Column::target).toList();
        if (!actual.equals(expected)) {
            throw new ArbiterException(
                    ErrorKind.INTERNAL, "layout of " + layout.table() + " " + expected + " differs from the table " + actual);
        }
    }

    private String sql(String resource) {
        return SqlResource.of(Stage.class, resource).replace("${stage}", name).replace("${table}", layout.table());
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
