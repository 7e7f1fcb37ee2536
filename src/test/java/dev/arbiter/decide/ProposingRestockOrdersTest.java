package dev.arbiter.decide;

import static dev.arbiter.decide.Skus.aProfitSku;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.Action;
import dev.arbiter.model.Figure;
import dev.arbiter.model.Objective;
import dev.arbiter.model.ObjectiveTerms;
import dev.arbiter.model.RestockOrder;
import dev.arbiter.model.Sku;
import dev.arbiter.policy.InventoryTerms;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProposingRestockOrdersTest {
    private static final InventoryTerms TERMS = InventoryTerms.defaults();
    private final ProposingRestockOrders proposer =
            new ProposingRestockOrders(new StockOutlook(Map.of(), Map.of(new Sku("GP-01"), 10), TERMS));

    // Without daily history the forecast is the window's 2 units a day with a Poisson error of √2 a day.
    // z(95 %) = 1.6449; safety stock over the 30-day lead time = 1.6449 × √2 × √30 = 12.74 units;
    // reorder point = 2 × 30 + 12.74 = 72.74; order up to 2 × (30 + 7) + 1.6449 × √2 × √37 = 88.15.

    @Test
    void stock_below_the_reorder_point_orders_up_to_lead_time_review_and_safety_in_whole_cases() {
        // 50 + 10 = 60 on hand < 72.74; ceil(88.15) − 60 = 29, in cases of 10 → 30
        SkuEconomics sku = aProfitSku("GP-01").stock(50, 10).build();
        RestockOrder order = onlyOrder(proposer.propose(input(sku)));
        assertEquals(30, order.quantity());
        assertEquals("Acme Tools", order.supplier());
        // 30 × 5.00 = 150.00
        assertEquals(new BigDecimal("150.00"), order.value().amount().setScale(2));
    }

    @Test
    void the_rationale_shows_forecast_error_service_level_reorder_point_and_cover() {
        SkuEconomics sku = aProfitSku("GP-01").stock(50, 10).build();
        Action order = proposer.propose(input(sku)).get(0);
        assertEquals("GP-01 has 60 units available and inbound, below its reorder point of 72.7 (the window's average"
                + " velocity (no daily history): 2.0/day ± 1.4; 95 % service level): order 30 to cover 37 days of lead"
                + " time and review plus safety stock", order.rationale().summary());
        assertEquals(2.0, figure(order, "forecast_units_per_day").doubleValue(), 1e-12);
        assertEquals(Math.sqrt(2), figure(order, "forecast_error").doubleValue(), 1e-12);
        assertEquals(0.95, figure(order, "service_level").doubleValue(), 1e-12);
        assertEquals(new BigDecimal("13"), figure(order, "safety_stock"));
        assertEquals(new BigDecimal("73"), figure(order, "reorder_point"));
        // 50 available at 2 a day
        assertEquals(25.0, figure(order, "days_of_cover").doubleValue(), 1e-12);
        assertEquals(new BigDecimal("10"), figure(order, "case_pack"));
        assertEquals(new BigDecimal("150.00"), figure(order, "order_value").setScale(2));
    }

    @Test
    void stock_at_the_reorder_point_orders_nothing() {
        // 60 + 13 = 73 ≥ 72.74
        SkuEconomics sku = aProfitSku("GP-01").stock(60, 13).build();
        assertEquals(List.of(), proposer.propose(input(sku)));
    }

    @Test
    void a_sku_that_does_not_sell_is_not_restocked() {
        SkuEconomics sku = aProfitSku("GP-01").withoutSales().stock(0, 0).build();
        assertEquals(List.of(), proposer.propose(input(sku)));
    }

    @Test
    void without_a_case_pack_the_order_is_in_whole_units() {
        // 1.1 a day, error √1.1, lead 40: reorder point 44 + 1.6449 × √1.1 × √40 = 54.91 > 10 on hand;
        // up to 1.1 × 47 + 1.6449 × √1.1 × √47 = 63.53 → 64 − 10 = 54 units
        SkuEconomics sku = aProfitSku("GP-02").unitsPerDay(1.1).leadTimeDays(40).stock(10, 0).build();
        assertEquals(54, onlyOrder(proposer.propose(input(sku))).quantity());
    }

    @Test
    void a_sku_that_is_clearing_its_stock_is_not_restocked() {
        SkuEconomics sku = aProfitSku("GP-01").objective(Objective.CLEAR_STOCK).stock(50, 10).build();
        assertEquals(List.of(), proposer.propose(input(sku)));
    }

    @Test
    void a_higher_service_level_holds_more_safety_stock() {
        // z(99 %) = 2.3263: reorder point 60 + 2.3263 × √2 × √30 = 78.02 > 75 on hand;
        // up to 74 + 2.3263 × √2 × √37 = 94.01 → 95 − 75 = 20 units
        StockOutlook careful = new StockOutlook(Map.of(), Map.of(), new InventoryTerms(0.99, 7, 30));
        SkuEconomics sku = aProfitSku("GP-01").stock(75, 0).build();
        assertEquals(List.of(), proposer.propose(input(sku)));
        assertEquals(20, onlyOrder(new ProposingRestockOrders(careful).propose(input(sku))).quantity());
    }

    @Test
    void a_fitted_forecast_replaces_the_window_average() {
        // A flat 3 a day without error: reorder point 90 > 80 on hand; up to 3 × 37 = 111 → 31, in cases of 10 → 40
        VelocityForecast flat = new VelocityForecast(ForecastMethod.HOLT_WINTERS, 3, 0, 0.98,
                List.of(0d, 0d, 0d, 0d, 0d, 0d, 0d), 0, 60, 0, List.of(0.1, 0.0, 0.1));
        StockOutlook outlook = new StockOutlook(Map.of(new Sku("GP-01"), flat), Map.of(new Sku("GP-01"), 10), TERMS);
        SkuEconomics sku = aProfitSku("GP-01").stock(80, 0).build();
        assertEquals(40, onlyOrder(new ProposingRestockOrders(outlook).propose(input(sku))).quantity());
    }

    private static ProposalInput input(SkuEconomics sku) {
        return new ProposalInput(List.of(sku), List.of(), List.of(), Map.of(), ObjectiveTerms.defaults());
    }

    private static RestockOrder onlyOrder(List<Action> actions) {
        assertEquals(1, actions.size(), () -> "expected one order, got " + actions);
        return (RestockOrder) actions.get(0);
    }

    private static BigDecimal figure(Action action, String name) {
        return action.rationale().figure(name).map(Figure::value).orElseThrow(() -> new AssertionError("no " + name));
    }
}
