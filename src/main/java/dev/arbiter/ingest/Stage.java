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
import java.util.Arrays;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The rows of one table of a file, appended by DuckDB's appender straight into their warehouse table inside the
 * file's transaction (a rollback takes them out again), then merged: older rows of the same natural key, from other
 * files, are deleted and counted as replaced. Appending in place spares a copy of every row through a staging table.
 */
final class Stage implements AutoCloseable {
    private static final int EXACT_DIGITS = 15;

    private final Connection connection;
    private final ReportLayout layout;
    private final long fileId;
    private final DuckDBAppender[] appenders = new DuckDBAppender[AppendQueue.LANES];
    /** Rows appended by each lane: each lane counts its own, read once the lanes are drained. */
    private final long[] appended = new long[AppendQueue.LANES];

    Stage(Connection connection, ReportLayout layout, long fileId) throws SQLException {
        this.connection = connection;
        this.layout = layout;
        this.fileId = fileId;
        checkColumns();
        for (int lane = 0; lane < appenders.length; lane++) {
            appenders[lane] = connection.unwrap(DuckDBConnection.class)
                    .createAppender(DuckDBConnection.DEFAULT_SCHEMA, layout.table());
        }
    }

    /** Appends one row through the appender of the lane it runs on. */
    void append(Object[] values, int lane) throws SQLException {
        DuckDBAppender appender = appenders[lane];
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
                appendDecimal(appender, decimal);
            } else if (value instanceof Double ratio) {
                appender.append(ratio.doubleValue());
            } else if (value instanceof LocalDate day) {
                // a timestamp at midnight is one number across JNI, cast to DATE natively: cheaper than parsing text
                appender.appendLocalDateTime(day.atStartOfDay());
            } else {
                throw new ArbiterException(ErrorKind.INTERNAL, "cannot stage a " + value.getClass().getName());
            }
        }
        appender.endRow();
        appended[lane]++;
    }

    /**
     * A decimal of up to {@value #EXACT_DIGITS} significant digits crosses JNI as a double, which DuckDB rounds back to
     * the column's scale exactly (the double nearest a 15-digit decimal is closer to it than to any other); longer
     * ones go as text, which the appender casts natively, still faster than appendBigDecimal's calls back into Java.
     */
    private static void appendDecimal(DuckDBAppender appender, BigDecimal decimal) throws SQLException {
        if (decimal.precision() <= EXACT_DIGITS) {
            appender.append(decimal.doubleValue());
        } else {
            appender.append(decimal.toPlainString());
        }
    }

    /** Deletes the older rows of the keys this file brings; returns {replaced, loaded}. */
    long[] merge() throws SQLException {
        closeAppender();
        long replaced = 0;
        try (Statement statement = connection.createStatement()) {
            if (hasOtherFiles(statement)) {
                replaced = statement.executeUpdate(sql("replace_" + layout.table()));
            }
        }
        return new long[] {replaced, Arrays.stream(appended).sum()};
    }

    /** Whether the table holds rows of other files at all: the first load of a table has nothing to replace. */
    private boolean hasOtherFiles(Statement statement) throws SQLException {
        try (var result = statement.executeQuery(sql("other_files"))) {
            return result.next();
        }
    }

    @Override
    public void close() throws SQLException {
        closeAppender();
    }

    /** Lets go of the appender when the file is refused; the rollback removes the rows it appended. */
    void abandon() {
        try {
            closeAppender();
        } catch (SQLException ignored) {
            // the transaction is rolled back anyway
        }
    }

    private void closeAppender() throws SQLException {
        for (int lane = 0; lane < appenders.length; lane++) {
            if (appenders[lane] != null) {
                appenders[lane].close();
                appenders[lane] = null;
            }
        }
    }

    private void checkColumns() throws SQLException {
        List<String> actual = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                var result = statement.executeQuery(sql("table_columns"))) {
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
        return SqlResource.of(Stage.class, resource)
                .replace("${table}", layout.table())
                .replace("${file_id}", Long.toString(fileId));
    }
}
