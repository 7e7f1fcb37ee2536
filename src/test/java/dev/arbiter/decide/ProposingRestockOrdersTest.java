package dev.arbiter.decide;

import static dev.arbiter.decide.Skus.aProfitSku;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.Action;
import dev.arbiter.model.Figure;
import dev.arbiter.model.Objective;
import dev.arbiter.model.ObjectiveTerms;
import dev.arbiter.model.RestockOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProposingRestockOrdersTest {
    private final ProposingRestockOrders proposer = new ProposingRestockOrders(ProposingRestockOrders.Settings.defaults());

    @Test
    void stock_below_the_reorder_point_orders_lead_time_plus_cover_in_whole_cases() {
        // 2 a day × (30 lead + 14 safety) = 88 > 50 + 23 = 73 on hand
        // order ceil(2 × (30 + 60)) − 73 = 180 − 73 = 107, rounded up to 110
        SkuEconomics sku = aProfitSku("GP-01").stock(50, 23).build();
        RestockOrder order = onlyOrder(proposer.propose(input(sku)));
        assertEquals(110, order.quantity());
        assertEquals("Acme Tools", order.supplier());
        // 110 × 5.00 = 550.00
        assertEquals(new BigDecimal("550.00"), order.value().amount().setScale(2));
    }

    @Test
    void the_rationale_shows_velocity_stock_lead_time_reorder_point_and_value() {
        SkuEconomics sku = aProfitSku("GP-01").stock(50, 23).build();
        Action order = proposer.propose(input(sku)).get(0);
        assertEquals(2.0, figure(order, "units_per_day").doubleValue(), 1e-12);
        assertEquals(new BigDecimal("50"), figure(order, "available"));
        assertEquals(new BigDecimal("23"), figure(order, "inbound"));
        assertEquals(30.0, figure(order, "lead_time_days").doubleValue(), 1e-12);
        assertEquals(new BigDecimal("88"), figure(order, "reorder_point"));
        assertEquals(new BigDecimal("550.00"), figure(order, "order_value").setScale(2));
    }

    @Test
    void stock_at_the_reorder_point_orders_nothing() {
        // 60 + 28 = 88, not below 88
        SkuEconomics sku = aProfitSku("GP-01").stock(60, 28).build();
        assertEquals(List.of(), proposer.propose(input(sku)));
    }

    @Test
    void a_sku_that_does_not_sell_is_not_restocked() {
        SkuEconomics sku = aProfitSku("GP-01").withoutSales().stock(0, 0).build();
        assertEquals(List.of(), proposer.propose(input(sku)));
    }

    @Test
    void fractional_velocity_is_rounded_up_to_whole_units_without_floating_point_noise() {
        // 1.1 a day, lead 40: reorder point 1.1 × 54 = 59.4 > 10 on hand;
        // 1.1 × 100 = 110 (in doubles 110.00000000000001), 110 − 10 = 100, already whole cases
        SkuEconomics sku = aProfitSku("GP-01").unitsPerDay(1.1).leadTimeDays(40).stock(10, 0).build();
        assertEquals(100, onlyOrder(proposer.propose(input(sku))).quantity());
    }

    @Test
    void a_sku_that_is_clearing_its_stock_is_not_restocked() {
        SkuEconomics sku = aProfitSku("GP-01").objective(Objective.CLEAR_STOCK).stock(50, 23).build();
        assertEquals(List.of(), proposer.propose(input(sku)));
    }

    @Test
    void other_settings_change_the_safety_stock_cover_and_case() {
        // 2 a day × (30 + 0) = 60 > 50; ceil(2 × (30 + 30)) − 50 = 70, in cases of 24 → 72
        ProposingRestockOrders lean = new ProposingRestockOrders(new ProposingRestockOrders.Settings(0, 30, 24));
        SkuEconomics sku = aProfitSku("GP-01").stock(50, 0).build();
        assertEquals(72, onlyOrder(lean.propose(input(sku))).quantity());
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
