package dev.arbiter.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.economics.jdbc.EconomicsQueries;
import dev.arbiter.economics.jdbc.WarehouseRows;
import dev.arbiter.model.Action;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.ObjectiveTerms;
import dev.arbiter.model.RestockOrder;
import dev.arbiter.warehouse.Warehouse;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole of issue 2's decision path on hand-written warehouse rows: queries in, proposals out. */
class ProposalsFromTheWarehouseIT {

    @Test
    void three_days_of_garlic_press_reports_ask_for_one_restock_order() {
        try (Warehouse warehouse = Warehouse.inMemory()) {
            WarehouseRows.load(warehouse, "garlic_press_three_days");
            EconomicsQueries queries = new EconomicsQueries(warehouse.connection());
            DateRange window = queries.dataRange().orElseThrow();
            ProposalInput input = new ProposalInput(queries.skus(window), queries.targets(window),
                    queries.searchTerms(window), queries.enabledProductAds(), ObjectiveTerms.defaults());

            List<Action> actions = Proposals.propose(input);

            // No target reaches 20 clicks and no term 15 clicks. GP-01 sells 7 / 3 a day with 23 + 50 on hand:
            // (23 + 50) / (7 / 3) = 31.3 days ≥ 30 of lead time, so its ads keep running, but the reorder point
            // 7 / 3 × (30 + 14) = 102.7 is above 73: order ceil(7 / 3 × 90) − 73 = 210 − 73 = 137 → 140 at 4.00.
            assertEquals(1, actions.size(), () -> "expected one action, got " + actions);
            RestockOrder order = (RestockOrder) actions.get(0);
            assertEquals("GP-01", order.sku().value());
            assertEquals(140, order.quantity());
            assertEquals(0, new BigDecimal("560.00").compareTo(order.value().amount()));
        }
    }
}
