package dev.arbiter.economics.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.economics.CampaignSpendHistory;
import dev.arbiter.economics.SpendDay;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Money;
import dev.arbiter.model.Sku;
import dev.arbiter.warehouse.Warehouse;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Campaign histories read from hand-written rows ({@code garlic_press_three_days.sql}, campaign 1 put in Growth). */
class CampaignHistoryQueryTest {
    private static final DateRange THREE_DAYS = new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 3));

    private final Warehouse warehouse = Warehouse.inMemory();
    private final EconomicsQueries queries = new EconomicsQueries(warehouse.connection());

    @BeforeEach
    void load() throws SQLException {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
        try (Statement statement = warehouse.connection().createStatement()) {
            statement.execute("UPDATE ad_entity SET portfolio_id = 'P1' WHERE entity = 'Campaign' AND campaign_id = '1'");
            statement.execute("INSERT INTO ad_portfolio VALUES (DATE '2026-03-03', 'P1', 'Growth', 600, 'USD', "
                    + "'No Cap', NULL, NULL, 16)");
        }
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void every_campaign_of_the_latest_bulksheet_comes_with_its_portfolio_budget_and_daily_history() {
        List<CampaignSpendHistory> campaigns = queries.campaignHistories(THREE_DAYS);
        assertEquals(List.of("Garlic Press - Auto", "Garlic Press - Exact", "Peeler - Paused"),
                campaigns.stream().map(CampaignSpendHistory::campaignName).toList());
        CampaignSpendHistory exact = campaigns.get(1);
        assertEquals(Optional.of("P1"), exact.portfolioId());
        assertEquals("Growth", exact.portfolioName());
        assertEquals(0, Money.of("20", "USD").compareTo(exact.dailyBudget()));
        // 1 March: GP-01 sold 99.75, 39.90 of it through ads (23.94 Exact, 15.96 Auto); Exact spent 6.00 of the 10.00,
        // so it is credited 0.6 × 59.85 = 35.91 organic; 2 March: 39.90 sold, no ad sales, Exact the only spender
        List<SpendDay> days = exact.days();
        assertEquals(2, days.size());
        assertEquals(LocalDate.of(2026, 3, 1), days.get(0).day());
        assertEquals(6.00, days.get(0).spend(), 1e-9);
        assertEquals(23.94 + 35.91, days.get(0).sales(), 1e-9);
        assertEquals(23.94, days.get(0).attributedSales(), 1e-9);
        assertEquals(LocalDate.of(2026, 3, 2), days.get(1).day());
        assertEquals(5.00, days.get(1).spend(), 1e-9);
        assertEquals(39.90, days.get(1).sales(), 1e-9);
        assertEquals(0.00, days.get(1).attributedSales(), 1e-9);
        assertEquals(Map.of(new Sku("GP-01"), 23.94), exact.salesBySku());
    }

    @Test
    void a_paused_campaign_without_delivery_has_no_days_and_no_portfolio() {
        CampaignSpendHistory paused = queries.campaignHistories(THREE_DAYS).get(2);
        assertEquals(false, paused.enabled());
        assertEquals("", paused.portfolioName());
        assertEquals(List.of(), paused.days());
        // 11.00 over the three days, 3.67 a day on average
        assertEquals(11.0 / 3, queries.campaignHistories(THREE_DAYS).get(1).averageSpend(THREE_DAYS.to(), 3), 1e-9);
    }
}
