package dev.arbiter.customers;

import static dev.arbiter.customers.OrderLines.aPurchase;
import static dev.arbiter.customers.OrderLines.aReturnedPurchase;
import static dev.arbiter.customers.OrderLines.anAcquiredPurchase;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Profit per customer is revenue less goods, per-order costs, returns and acquisition; the largest cost is named. */
class CustomerProfitTest {
    private static final OrderCosts COSTS = new OrderCosts("USD", 80, 40, 320, 250, 0);

    @Test
    void profit_is_revenue_less_goods_per_order_costs_returns_and_acquisition() {
        List<OrderLine> lines = List.of(aPurchase("O-1", "C-1", "2026-01-05", 2, 1500),
                anAcquiredPurchase("O-2", "C-1", "2026-02-01", 1000, "google", 700));

        CustomerProfit profit = profits(lines).get(0);

        // revenue 4000, goods 1600, two orders of 80 + 40 + 320, acquisition 700
        assertEquals(4000 - 1600 - 2 * 440 - 700, profit.profit());
        assertEquals(2, profit.orders());
        assertEquals("google", profit.channel());
    }

    @Test
    void a_customer_who_returns_most_of_what_they_buy_loses_money_on_returns() {
        CustomerProfit profit = profits(List.of(aReturnedPurchase("O-1", "C-1", "2026-01-05", 2, 2, 1500))).get(0);

        assertEquals(3000 - 1200 - 440 - 3000 - 250, profit.profit());
        assertEquals(LossReason.RETURNS, profit.lossReason());
    }

    @Test
    void a_small_basket_loses_money_on_shipping_that_was_not_charged() {
        CustomerProfit profit = profits(List.of(aPurchase("O-1", "C-1", "2026-01-05", 1, 500))).get(0);

        assertEquals(500 - 200 - 440, profit.profit());
        assertEquals(LossReason.SHIPPING, profit.lossReason());
    }

    @Test
    void losers_are_grouped_by_reason_channel_offer_and_basket() {
        List<LossGroup> groups = LossGroup.of(profits(List.of(aPurchase("O-1", "C-1", "2026-01-05", 1, 500),
                aPurchase("O-2", "C-2", "2026-01-05", 10, 5000))));

        assertEquals(List.of(new LossGroup("reason", "shipping", 1, 140), new LossGroup("channel", "unknown", 1, 140),
                new LossGroup("offer", "full price", 1, 140), new LossGroup("basket", "under 10", 1, 140)), groups);
    }

    private static List<CustomerProfit> profits(List<OrderLine> lines) {
        return CustomerProfit.of(lines, CustomerOrder.of(lines, COSTS));
    }
}
