package dev.arbiter.economics.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.economics.AdProductSpend;
import dev.arbiter.model.DateRange;
import dev.arbiter.warehouse.Warehouse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Spend by ad product and source report ({@code ad_product_spend.sql}) on hand-written rows, answers worked by hand. */
class AdProductSpendQueryTest {
    private static final DateRange THREE_DAYS = new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 3));

    private final Warehouse warehouse = Warehouse.inMemory();
    private final EconomicsQueries queries = new EconomicsQueries(warehouse.connection());

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void each_ad_product_sums_its_source_reports_and_display_campaign_spend_only_on_days_without_product_rows() {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
        WarehouseRows.load(warehouse, "garlic_press_display");
        WarehouseRows.load(warehouse, "garlic_press_sponsored_campaigns");

        List<String> lines = queries.adProductSpend(THREE_DAYS).stream().map(AdProductSpendQueryTest::line).toList();

        assertEquals(List.of(
                        // 30.00 + 20.00 on 1 and 2 March; the 5 March row is outside the window
                        "SPONSORED_BRANDS CAMPAIGN 2 days USD 50.00 USD 200.00",
                        "SPONSORED_DISPLAY ADVERTISED_PRODUCT 1 days USD 2.50 USD 19.95",
                        // 1 March is the advertised product report's: only 2 March's 3.00 counts
                        "SPONSORED_DISPLAY CAMPAIGN 1 days USD 3.00 USD 10.00",
                        "SPONSORED_PRODUCTS ADVERTISED_PRODUCT 2 days USD 15.00 USD 39.90"),
                lines);
    }

    @Test
    void a_warehouse_without_ad_reports_has_no_ad_product_lines() {
        assertEquals(List.of(), queries.adProductSpend(THREE_DAYS));
    }

    private static String line(AdProductSpend spend) {
        return spend.product() + " " + spend.source() + " " + spend.days() + " days " + spend.spend() + " " + spend.sales();
    }
}
