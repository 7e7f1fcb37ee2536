package dev.arbiter.economics.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.economics.SkuDay;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Money;
import dev.arbiter.model.Objective;
import dev.arbiter.model.ObjectiveAssignment;
import dev.arbiter.model.ObjectivePeriod;
import dev.arbiter.model.ObjectivePlan;
import dev.arbiter.model.Problem;
import dev.arbiter.model.Sku;
import dev.arbiter.warehouse.Warehouse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SKU economics read from hand-written rows ({@code garlic_press_three_days.sql}), answers worked by hand. */
class EconomicsQueriesTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);
    private static final DateRange THREE_DAYS = new DateRange(MARCH_1, MARCH_3);

    private final Warehouse warehouse = Warehouse.inMemory();
    private final EconomicsQueries queries = new EconomicsQueries(warehouse.connection());

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void the_data_range_is_the_span_of_the_business_reports() {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
        assertEquals(Optional.of(THREE_DAYS), queries.dataRange());
    }

    @Test
    void an_empty_warehouse_has_no_data_range_and_no_economics() {
        assertEquals(Optional.empty(), queries.dataRange());
        assertEquals(List.of(), queries.skus(THREE_DAYS));
        assertEquals(List.of(), queries.skuDays(THREE_DAYS));
    }

    @Test
    void every_catalog_sku_gets_a_row_for_every_covered_day() {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
        List<String> keys = queries.skuDays(THREE_DAYS).stream().map(d -> d.sku() + " " + d.day()).toList();
        assertEquals(List.of("GP-01 2026-03-01", "GP-01 2026-03-02", "GP-01 2026-03-03",
                "GP-02 2026-03-01", "GP-02 2026-03-02", "GP-02 2026-03-03"), keys);
    }

    @Test
    void a_selling_day_carries_revenue_costs_fees_ads_and_stock() {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
        SkuDay day = dayOf("GP-01", MARCH_1);
        assertEquals(5, day.units());
        assertEquals(100, day.sessions());
        assertEquals(0.90, day.buyBoxPct(), 1e-12);
        assertMoney("99.75", day.revenue());
        // 5 units × 4.00 of the latest catalog (the older file says 9.99)
        assertMoney("20.00", day.cogs());
        // referral 99.75 × 2.99 / 19.95 = 14.95; fulfilment 5 × 3.22 = 16.10; storage 3.00 / 30 = 0.10
        assertMoney("31.15", day.fees());
        assertMoney("0.00", day.returnsCost());
        // two campaigns: 6.00 + 4.00 spent, 23.94 + 15.96 sold
        assertMoney("10.00", day.adSpend());
        assertMoney("39.90", day.adSales());
        assertEquals(30, day.available());
        // 99.75 − 20.00 − 31.15 = 48.60 before ads, 38.60 after
        assertMoney("48.60", day.contributionBeforeAds());
        assertMoney("38.60", day.contributionAfterAds());
    }

    @Test
    void a_day_a_settlement_covers_takes_the_actual_fees_posted_that_day_instead_of_the_estimate() {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
        WarehouseRows.load(warehouse, "garlic_press_settled");
        SkuDay day = dayOf("GP-01", MARCH_1);
        // settled referral 14.96 + fulfilment 16.10 + storage estimate 3.00 / 30 = 0.10 (the estimate was 31.15)
        assertMoney("31.16", day.fees());
        assertMoney("0.00", day.returnsCost());
        // 99.75 − 20.00 − 31.16 = 48.59
        assertMoney("48.59", day.contributionBeforeAds());
    }

    @Test
    void a_settled_refund_costs_the_refunded_price_less_the_commission_returned_plus_the_return_fees() {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
        WarehouseRows.load(warehouse, "garlic_press_settled");
        SkuDay day = dayOf("GP-01", MARCH_2);
        // 19.95 refunded − 2.99 commission back + 0.60 refund administration + 2.50 return handling; tax left out
        assertMoney("20.06", day.returnsCost());
        // nothing posted on 2 March but the storage estimate (the unsettled estimate would have been 12.52)
        assertMoney("0.10", day.fees());
    }

    @Test
    void a_return_on_a_day_no_settlement_covers_costs_the_catalogs_unit_cost() {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
        WarehouseRows.load(warehouse, "garlic_press_settled");
        // one unit back on 3 March × 4.00
        assertMoney("4.00", dayOf("GP-01", MARCH_3).returnsCost());
    }

    @Test
    void fees_and_returns_over_a_settlement_period_reconcile_to_the_cent_with_its_sku_amounts() {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
        WarehouseRows.load(warehouse, "garlic_press_settled");
        Money costs = Money.zero(Currency.getInstance("USD"));
        for (SkuDay day : queries.skuDays(new DateRange(MARCH_1, MARCH_2))) {
            costs = costs.plus(day.fees()).plus(day.returnsCost());
        }
        // the settlement's SKU amounts other than sales and taxes: −(−14.96 − 16.10 − 19.95 + 2.99 − 0.60 − 2.50) =
        // 51.12, plus the two days' storage estimates of GP-01 (0.10 each) that no settlement line carries per SKU
        assertMoney("51.32", costs);
    }

    @Test
    void without_a_settlement_a_date_range_transaction_report_gives_the_actual_fees_and_refunds() {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
        WarehouseRows.load(warehouse, "garlic_press_transactions");
        // selling 14.96 + FBA 16.10 + storage estimate 0.10
        assertMoney("31.16", dayOf("GP-01", MARCH_1).fees());
        // 19.95 refunded − 2.39 selling fees given back; taxes left out
        assertMoney("17.56", dayOf("GP-01", MARCH_2).returnsCost());
        // 3 March lies outside the report's days: estimated, and nothing sold
        assertMoney("0.00", dayOf("GP-01", MARCH_3).fees());
    }

    @Test
    void sponsored_display_spend_on_a_sku_counts_in_its_ad_spend_and_contribution_after_ads() {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
        WarehouseRows.load(warehouse, "garlic_press_display");
        SkuDay day = dayOf("GP-01", MARCH_1);
        // Sponsored Products 10.00 + Sponsored Display 2.50; sales 39.90 + 19.95
        assertMoney("12.50", day.adSpend());
        assertMoney("59.85", day.adSales());
        // 48.60 before ads − 12.50
        assertMoney("36.10", day.contributionAfterAds());
    }

    @Test
    void a_day_without_sales_or_snapshot_is_all_zero_with_an_unknown_buy_box() {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
        SkuDay day = dayOf("GP-01", MARCH_3);
        assertEquals(0, day.units());
        assertTrue(Double.isNaN(day.buyBoxPct()));
        assertMoney("0.00", day.revenue());
        assertMoney("0.00", day.fees());
        assertEquals(0, day.available());
    }

    @Test
    void a_sku_sums_its_days_and_joins_the_catalog() {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
        SkuEconomics press = skuOf("GP-01", THREE_DAYS);
        assertEquals("B0CHILD001", press.asin());
        assertEquals(Objective.PROFIT, press.objective());
        assertEquals("Acme Tools", press.supplier());
        assertEquals(30, press.leadTimeDays());
        assertMoney("4.00", press.unitCost());
        assertEquals(7, press.units());
        assertEquals(150, press.sessions());
        assertMoney("139.65", press.revenue());
        assertMoney("28.00", press.cogs());
        // 31.15 + (5.98 + 6.44 + 0.10) = 43.67
        assertMoney("43.67", press.fees());
        assertMoney("15.00", press.adSpend());
        assertMoney("39.90", press.adSales());
        // CM1 139.65 − 28.00 − 43.67 = 67.98; break-even 67.98 / 139.65
        assertMoney("67.98", press.contributionBeforeAds());
        assertEquals(67.98 / 139.65, press.breakEvenAcos(), 1e-9);
    }

    @Test
    void a_sku_carries_its_retail_state_at_the_end_of_the_window() {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
        SkuEconomics press = skuOf("GP-01", THREE_DAYS);
        // (0.90 × 100 + 0.60 × 50) / 150 sessions
        assertEquals(0.80, press.buyBoxPct(), 1e-12);
        // snapshots on 1 and 2 March, both with stock
        assertEquals(1.0, press.inStockRate(), 1e-12);
        // the last snapshot (2 March)
        assertEquals(23, press.available());
        assertEquals(50, press.inbound());
        // 7 units over 3 covered days; 23 / (7 / 3) = 69 / 7 days
        assertEquals(7.0 / 3, press.unitsPerDay(), 1e-12);
        assertEquals(69.0 / 7, press.daysOfCover(), 1e-9);
        // 139.65 / 7
        assertMoney("19.95", press.averagePrice());
    }

    @Test
    void a_sku_that_sold_nothing_has_infinite_cover_and_its_listed_price() {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
        SkuEconomics peeler = skuOf("GP-02", THREE_DAYS);
        assertEquals(Objective.LAUNCH, peeler.objective());
        assertEquals(0.0, peeler.unitsPerDay());
        assertEquals(Double.POSITIVE_INFINITY, peeler.daysOfCover());
        // stock on 1 March (12), none on 3 March: in stock on 1 of 2 snapshot days
        assertEquals(0.5, peeler.inStockRate(), 1e-12);
        assertEquals(0, peeler.available());
        assertEquals(100, peeler.inbound());
        assertEquals(0.5, peeler.buyBoxPct(), 1e-12);
        // no fee preview: the price of the last inventory snapshot
        assertMoney("9.99", peeler.averagePrice());
        assertTrue(Double.isNaN(peeler.breakEvenAcos()));
    }

    @Test
    void a_shorter_window_counts_only_its_own_days_and_snapshots() {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
        SkuEconomics press = skuOf("GP-01", new DateRange(MARCH_2, MARCH_3));
        assertEquals(2, press.units());
        assertEquals(1.0, press.unitsPerDay(), 1e-12);
        assertMoney("12.52", press.fees());
        assertEquals(23, press.available());
    }

    @Test
    void a_currency_other_than_the_catalogs_is_refused_with_a_way_out() {
        WarehouseRows.load(warehouse, "catalog_in_euro_sales_in_dollars");
        ArbiterException refused = assertThrows(ArbiterException.class, () -> queries.skuDays(THREE_DAYS));
        assertEquals(ErrorKind.USER, refused.kind());
        assertEquals("SKU GP-01 is costed in EUR in the catalog but the Business Report gives USD; load the reports"
                + " of one marketplace per workspace, or fix the catalog's currency", refused.getMessage());
    }

    @Test
    void a_category_entry_in_force_on_the_windows_last_day_replaces_the_catalog_objective() {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
        // Kitchen launches on March 3 for one week: in force on the last day of March 1-3, not on that of March 1-2
        ObjectivePlan plan = new ObjectivePlan(List.of(new ObjectiveAssignment(ObjectiveAssignment.Subject.CATEGORY,
                "kitchen", List.of(new ObjectivePeriod(Objective.LAUNCH, Optional.of(MARCH_3), Optional.of(MARCH_3.plusDays(6)))),
                0, 0)), Objective.GROWTH);
        EconomicsQueries planned = queries.withObjectives(plan);

        assertEquals(List.of(Objective.LAUNCH, Objective.LAUNCH),
                planned.skus(THREE_DAYS).stream().map(SkuEconomics::objective).toList());
        assertEquals(List.of(Objective.PROFIT, Objective.LAUNCH),
                planned.skus(new DateRange(MARCH_1, MARCH_2)).stream().map(SkuEconomics::objective).toList());
    }

    @Test
    void an_unknown_objective_is_reported_against_the_catalog_file() {
        WarehouseRows.load(warehouse, "unknown_objective");
        ArbiterException refused = assertThrows(ArbiterException.class, () -> queries.skus(THREE_DAYS));
        assertEquals(ErrorKind.USER, refused.kind());
        Problem problem = refused.problems().get(0);
        assertEquals("catalog.csv: SKU GP-01 has an unknown objective (value 'world domination'); use one of launch,"
                + " growth, defend, profit, clear_stock", problem.render());
    }

    private SkuDay dayOf(String sku, LocalDate day) {
        return queries.skuDays(THREE_DAYS).stream()
                .filter(d -> d.sku().equals(new Sku(sku)) && d.day().equals(day))
                .findFirst()
                .orElseThrow();
    }

    private SkuEconomics skuOf(String sku, DateRange window) {
        List<SkuEconomics> skus = queries.skus(window);
        assertFalse(skus.isEmpty());
        return skus.stream().filter(s -> s.sku().equals(new Sku(sku))).findFirst().orElseThrow();
    }

    static void assertMoney(String expected, Money actual) {
        assertEquals("USD", actual.currency().getCurrencyCode());
        assertEquals(0, new BigDecimal(expected).compareTo(actual.amount()), () -> "expected " + expected + " but was " + actual.amount());
    }
}
