package dev.arbiter.ingest;

import dev.arbiter.model.Marketplace;
import dev.arbiter.warehouse.SqlResource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The lineage of loads in {@code source_file} and {@code quarantine}: what was loaded from which bytes, and when. */
final class LoadRecord {
    private final Connection connection;

    LoadRecord(Connection connection) {
        this.connection = connection;
    }

    /** The summary of a file whose bytes were loaded before: nothing changes. */
    Optional<FileSummary> alreadyLoaded(String name, String sha256) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql("find_source_file"))) {
            statement.setString(1, sha256);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Totals totals = new Totals(
                        day(row.getString(4)), day(row.getString(5)), Optional.ofNullable(row.getString(3)), Map.of());
                return Optional.of(new FileSummary(
                        name,
                        Optional.of(ReportKind.valueOf(row.getString(1))),
                        Marketplace.byCode(row.getString(2)),
                        0,
                        0,
                        row.getLong(6),
                        0,
                        false,
                        List.of(),
                        totals));
            }
        }
    }

    long nextFileId() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql("next_file_id"))) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Merges every staged table, records quarantined rows and the file itself; returns the summary. */
    FileSummary commit(FileLoad load, String name, String sha256, Clock clock) throws SQLException {
        long loaded = 0;
        long replaced = 0;
        long quarantined = 0;
        Map<String, BigDecimal> measures = new LinkedHashMap<>();
        LocalDate first = null;
        LocalDate last = null;
        long fileId = load.fileId();
        for (TableLoad table : load.tables()) {
            long[] merged = table.stage().merge();
            table.stage().close();
            replaced += merged[0];
            loaded += merged[1];
            quarantined += table.badRows();
            table.sums().forEach((label, sum) -> measures.merge(label, sum, BigDecimal::add));
            first = earlier(first, table.firstDay().orElse(null));
            last = later(last, table.lastDay().orElse(null));
        }
        load.quarantine().close();
        FileCurrency currency = load.currency();
        String code = currency.stated().orElse(currency.effective());
        ReportKind kind = load.kind().orElseThrow();
        try (PreparedStatement statement = connection.prepareStatement(sql("insert_source_file"))) {
            statement.setLong(1, fileId);
            statement.setString(2, name);
            statement.setString(3, sha256);
            statement.setString(4, kind.name());
            statement.setString(5, currency.marketplace().name());
            statement.setString(6, code);
            setDay(statement, 7, first);
            setDay(statement, 8, last);
            statement.setLong(9, loaded);
            statement.setLong(10, replaced);
            statement.setLong(11, quarantined);
            statement.setString(12, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
            statement.executeUpdate();
        }
        Totals totals = new Totals(Optional.ofNullable(first), Optional.ofNullable(last), Optional.of(code), measures);
        return new FileSummary(
                name,
                Optional.of(kind),
                Optional.of(currency.marketplace()),
                loaded,
                replaced,
                0,
                quarantined,
                false,
                load.quarantine().summary(),
                totals);
    }

    private static void setDay(PreparedStatement statement, int index, LocalDate day) throws SQLException {
        if (day == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setString(index, day.toString());
        }
    }

    private static Optional<LocalDate> day(String isoDay) {
        return Optional.ofNullable(isoDay).map(LocalDate::parse);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null || (b != null && b.isBefore(a)) ? b == null ? a : b : a;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || (b != null && b.isAfter(a)) ? b == null ? a : b : a;
    }

    private static String sql(String name) {
        return SqlResource.of(LoadRecord.class, name);
    }
}
