package dev.arbiter.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Money;
import dev.arbiter.model.Objective;
import dev.arbiter.model.Sku;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetailMediaConflictsTest {
    private static final DateRange WINDOW = new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 30));
    private final RetailMediaConflicts conflicts = new RetailMediaConflicts(RetailMediaConflicts.Settings.defaults());

    /** A 30-day SKU selling 2 a day with a 30-day lead time; costs are COGS and fees together. */
    private static SkuEconomics sku(String name, Objective objective, String revenue, String costs, String adSpend,
            long available, long inbound, double inStockRate, double buyBox) {
        return new SkuEconomics(new Sku(name), "B0TEST0001", "Garlic press", "Kitchen", objective, "Acme Tools", 30,
                usd("5.00"), WINDOW, 60, 600, usd(revenue), usd(costs), usd("0.00"), usd("0.00"), usd(adSpend),
                usd("0.00"), buyBox, inStockRate, available, inbound, 2.0, available / 2.0, usd("16.67"));
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void ads_on_a_sku_that_runs_out_before_a_restock_could_arrive_raise_an_alert() {
        // 300.00 over 30 days = 10.00 a day; (20 + 10) / 2 a day = 15 days against a 30-day lead time
        SkuEconomics thin = sku("GP-01", Objective.PROFIT, "1000.00", "500.00", "300.00", 20, 10, 1.0, 0.95);
        List<Alert> alerts = conflicts.find(List.of(thin));
        assertEquals(1, alerts.size(), alerts::toString);
        assertEquals("media_on_fragile_stock", alerts.get(0).kind());
        assertEquals("GP-01 spends 10.00 a day on ads while its availability is fragile: 15.0 days of cover with"
                + " inbound against a 30-day lead time", alerts.get(0).summary());
    }

    @Test
    void ads_on_a_sku_often_out_of_stock_or_without_the_buy_box_raise_an_alert() {
        SkuEconomics shaky = sku("GP-01", Objective.PROFIT, "1000.00", "500.00", "300.00", 500, 0, 0.80, 0.70);
        assertEquals("GP-01 spends 10.00 a day on ads while its availability is fragile: in stock 80 % of the days;"
                + " Buy Box 70 %", conflicts.find(List.of(shaky)).get(0).summary());
    }

    @Test
    void a_launch_sku_without_ad_spend_raises_an_alert_and_a_profit_sku_does_not() {
        SkuEconomics launch = sku("NEW-01", Objective.LAUNCH, "1000.00", "500.00", "0.00", 500, 0, 1.0, 1.0);
        SkuEconomics profit = sku("OLD-01", Objective.PROFIT, "1000.00", "500.00", "0.00", 500, 0, 1.0, 1.0);
        List<Alert> alerts = conflicts.find(List.of(launch, profit));
        assertEquals(1, alerts.size(), alerts::toString);
        assertEquals("NEW-01 has the objective launch but no ad spend in 30 days (revenue 1000.00, 600 sessions)",
                alerts.get(0).summary());
    }

    @Test
    void a_low_margin_sku_taking_far_more_of_the_spend_than_of_the_revenue_raises_an_alert() {
        // M: CM1 (1000 − 900) / 1000 = 10 %, spend 300 / 400 = 75 %, revenue 1000 / 4000 = 25 %;
        // N: CM1 50 %, not low-margin, though it is below its revenue share anyway
        SkuEconomics low = sku("M-01", Objective.PROFIT, "1000.00", "900.00", "300.00", 500, 0, 1.0, 1.0);
        SkuEconomics rich = sku("N-01", Objective.PROFIT, "3000.00", "1500.00", "100.00", 500, 0, 1.0, 1.0);
        List<Alert> alerts = conflicts.find(List.of(low, rich));
        assertEquals(1, alerts.size(), alerts::toString);
        assertEquals("low_margin_absorbs_spend", alerts.get(0).kind());
        assertEquals("M-01 earns 10.0 % before ads yet takes 75.0 % of ad spend for 25.0 % of revenue",
                alerts.get(0).summary());
    }

    @Test
    void a_low_margin_sku_spending_in_line_with_its_revenue_raises_no_alert() {
        // M: spend 100 / 400 = 25 % against revenue 1000 / 4000 = 25 %: under 1.5 × 25 % = 37.5 %
        SkuEconomics low = sku("M-01", Objective.PROFIT, "1000.00", "900.00", "100.00", 500, 0, 1.0, 1.0);
        SkuEconomics rich = sku("N-01", Objective.PROFIT, "3000.00", "1500.00", "300.00", 500, 0, 1.0, 1.0);
        assertEquals(List.of(), conflicts.find(List.of(low, rich)));
    }

    @Test
    void a_healthy_assortment_raises_no_alert() {
        SkuEconomics fine = sku("GP-01", Objective.PROFIT, "1000.00", "500.00", "100.00", 500, 0, 1.0, 0.95);
        assertEquals(List.of(), conflicts.find(List.of(fine)));
    }
}
