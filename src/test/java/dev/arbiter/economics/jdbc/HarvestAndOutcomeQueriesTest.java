package dev.arbiter.economics.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.economics.ExactKeyword;
import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.AdGroupRef;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Sku;
import dev.arbiter.warehouse.Warehouse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact keywords harvesting skips and the daily target series outcomes compare, from {@code garlic_press_three_days.sql}. */
class HarvestAndOutcomeQueriesTest {
    private final Warehouse warehouse = Warehouse.inMemory();
    private final EconomicsQueries queries = new EconomicsQueries(warehouse.connection());

    @BeforeEach
    void load() {
        WarehouseRows.load(warehouse, "garlic_press_three_days");
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void exact_keywords_of_the_latest_download_are_listed_per_sku_the_paused_one_as_not_serving() {
        AdGroupRef exactGroup = new AdGroupRef(new CampaignId("1"), new AdGroupId("11"), "Garlic Press - Exact", "Exact AG");

        assertEquals(List.of(new ExactKeyword(new Sku("GP-01"), exactGroup, "garlic crusher", false),
                        new ExactKeyword(new Sku("GP-01"), exactGroup, "garlic press", true)),
                queries.exactKeywords());
    }

    @Test
    void target_days_sum_each_targets_delivery_per_day_and_leave_out_unknown_campaigns_and_other_days() {
        List<String> days = queries.targetDays(new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 3)))
                .stream().map(d -> String.format(Locale.ROOT, "%s %s %s %s %d %s %s %d", d.day(), d.targetKey(),
                        d.campaignId().value(), d.sku().value(), d.clicks(), d.spend().plain(), d.sales().plain(),
                        d.orders()))
                .toList();

        assertEquals(List.of(
                "2026-03-01 keyword:1001 1 GP-01 10 7.00 39.90 2",
                "2026-03-01 keyword:1002 1 GP-01 2 1.50 0.00 0",
                "2026-03-01 target:2001 2 GP-01 8 4.00 19.95 1",
                "2026-03-02 keyword:1001 1 GP-01 5 3.50 0.00 0",
                "2026-03-02 target:2001 2 GP-01 4 2.00 0.00 0"), days);
    }
}
