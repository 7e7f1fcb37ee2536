package dev.arbiter.economics.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.economics.DailyUnits;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Sku;
import dev.arbiter.warehouse.Warehouse;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Daily units and case packs read from hand-written rows ({@code garlic_press_three_days.sql}). */
class StockQueriesTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final DateRange THREE_DAYS = new DateRange(MARCH_1, MARCH_1.plusDays(2));

    private final Warehouse warehouse = Warehouse.inMemory();
    private final StockQueries queries = new StockQueries(warehouse.connection());

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void a_day_whose_snapshot_shows_no_stock_tells_nothing_of_demand() {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
        Map<Sku, List<DailyUnits>> days = queries.dailyUnits(THREE_DAYS);
        // GP-01 sold 5 and 2 with stock; no snapshot on the 3rd, so nothing says it was out of stock
        assertEquals(List.of(new DailyUnits(MARCH_1, 5, true), new DailyUnits(MARCH_1.plusDays(1), 2, true),
                new DailyUnits(MARCH_1.plusDays(2), 0, true)), days.get(new Sku("GP-01")));
        // GP-02's snapshot of the 3rd shows 0 available: that day's zero is not demand
        assertEquals(List.of(new DailyUnits(MARCH_1, 0, true), new DailyUnits(MARCH_1.plusDays(1), 0, true),
                new DailyUnits(MARCH_1.plusDays(2), 0, false)), days.get(new Sku("GP-02")));
    }

    @Test
    void a_day_no_business_report_covers_is_missing() throws SQLException {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
        execute("DELETE FROM sales_traffic_daily WHERE day = DATE '2026-03-02'");
        List<DailyUnits> days = queries.dailyUnits(THREE_DAYS).get(new Sku("GP-01"));
        assertEquals(new DailyUnits(MARCH_1.plusDays(1), 0, false), days.get(1));
        assertEquals(3, days.size());
    }

    @Test
    void case_packs_come_from_the_latest_catalog_row_that_gives_one() throws SQLException {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
        assertEquals(Map.of(), queries.casePacks());
        execute("UPDATE catalog_item SET case_pack = 12 WHERE sku = 'GP-02'");
        execute("UPDATE catalog_item SET case_pack = 6 WHERE sku = 'GP-01' AND file_id = 0");
        assertEquals(Map.of(new Sku("GP-02"), 12), queries.casePacks());
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = warehouse.connection().createStatement()) {
            statement.execute(sql);
        }
    }
}
