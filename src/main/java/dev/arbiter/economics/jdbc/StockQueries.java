package dev.arbiter.economics.jdbc;

import dev.arbiter.economics.DailyUnits;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Sku;
import dev.arbiter.warehouse.SqlResource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads what inventory planning needs beyond one window's economics: daily units with stock state, and case packs. */
public final class StockQueries {
    private final Connection warehouse;

    /** Borrows the warehouse connection; never closes it. */
    public StockQueries(Connection warehouse) {
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
    }

    /**
     * Each catalog SKU's units per calendar day over the days the Business Reports cover inside {@code range}; a day no
     * report covers, or whose inventory snapshot shows no fulfillable stock, is marked as not telling of demand.
     */
    public Map<Sku, List<DailyUnits>> dailyUnits(DateRange range) {
        Map<Sku, List<DailyUnits>> bySku = new LinkedHashMap<>();
        query("daily_units", List.of(range.from().toString(), range.to().toString()), row -> {
            boolean covered = row.getBoolean("covered");
            boolean inStock = row.getBoolean("in_stock") || row.wasNull();
            bySku.computeIfAbsent(new Sku(row.getString("sku")), sku -> new ArrayList<>()).add(new DailyUnits(
                    row.getObject("day", LocalDate.class), row.getLong("units"), covered && inStock));
        });
        bySku.replaceAll((sku, days) -> List.copyOf(days));
        return bySku;
    }

    /** Units per supplier case, for the SKUs whose catalog row gives one. */
    public Map<Sku, Integer> casePacks() {
        Map<Sku, Integer> packs = new LinkedHashMap<>();
        query("case_packs", List.of(), row -> packs.put(new Sku(row.getString("sku")), row.getInt("case_pack")));
        return packs;
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private void query(String name, List<Object> parameters, RowReader reader) {
        String sql = SqlResource.of(StockQueries.class, name);
        try (PreparedStatement statement = warehouse.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    reader.read(row);
                }
            }
        } catch (SQLException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL,
                    "cannot read stock history (" + name + ") from the warehouse: " + e.getMessage(), e);
        }
    }
}
