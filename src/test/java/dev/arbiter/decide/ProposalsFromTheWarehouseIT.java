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
    void three_days_of_garlic_press_reports_ask_to_pause_ads_and_restock() {
        try (Warehouse warehouse = Warehouse.inMemory()) {
            WarehouseRows.load(warehouse, "garlic_press_three_days");
            EconomicsQueries queries = new EconomicsQueries(warehouse.connection());
            DateRange window = queries.dataRange().orElseThrow();
            ProposalInput input = new ProposalInput(queries.skus(window), queries.targets(window),
                    queries.searchTerms(window), queries.enabledProductAds(), ObjectiveTerms.defaults());

            List<Action> actions = Proposals.propose(input);

            // No target reaches 20 clicks and no term 15 clicks. GP-01 sells 7 / 3 a day (error √(7 / 3) = 1.528
            // without daily history) with 23 available and 50 inbound. Safety stock 1.645 × 1.528 × √30 = 13.76 units,
            // 5.90 days: 23 / (7 / 3) = 9.9 days < 30 and (23 + 50) / (7 / 3) = 31.3 days < 35.9, so its ads pause;
            // reorder point 70 + 13.76 = 83.76 > 73: order up to 7 / 3 × 37 + 1.645 × 1.528 × √37 = 101.62,
            // ⌈101.62⌉ − 73 = 29 at 4.00 (no case pack in the catalog).
            assertEquals(2, actions.size(), () -> "expected two actions, got " + actions);
            assertEquals("pause 2 product ad(s) of GP-01", actions.get(0).describe());
            RestockOrder order = (RestockOrder) actions.get(1);
            assertEquals("GP-01", order.sku().value());
            assertEquals(29, order.quantity());
            assertEquals(0, new BigDecimal("116.00").compareTo(order.value().amount()));
        }
    }
}
