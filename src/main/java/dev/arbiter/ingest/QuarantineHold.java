package dev.arbiter.ingest;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.warehouse.SqlResource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What the warehouse's quarantine holds: every bad cell of every file loaded, and why. */
public final class QuarantineHold {
    private final Connection warehouse;

    /** @param warehouse the warehouse connection (borrowed, never closed) */
    public QuarantineHold(Connection warehouse) {
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
    }

    /** Every quarantined cell, oldest file first, then by line. */
    public List<QuarantinedRow> rows() {
        List<QuarantinedRow> rows = new ArrayList<>();
        try (Statement statement = warehouse.createStatement();
                ResultSet result = statement.executeQuery(SqlResource.of(QuarantineHold.class, "list_quarantine"))) {
            while (result.next()) {
                rows.add(new QuarantinedRow(
                        result.getString(1), result.getLong(2), result.getString(3), result.getString(4), result.getString(5)));
            }
        } catch (SQLException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot read the quarantine: " + e.getMessage(), e);
        }
        return rows;
    }
}
