package dev.arbiter.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.report.html.CustomersHtml;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The customers section draws one heat-map cell per cohort and later month, and one bar per CLV decile. */
class CustomersSectionTest {

    @Test
    void the_heat_map_has_a_cell_for_every_cohort_month_after_the_first() {
        CustomersSection section = new CustomersSection("GBP", 30, 2, 12.5, "r=1", "p=1",
                List.of(new CustomersSection.CohortRow("2026-01", 20, List.of(1.0, 0.25, 0.1)),
                        new CustomersSection.CohortRow("2026-02", 10, List.of(1.0, 0.3))),
                List.of(50.0, 20.0), 0.4, 0.6, List.of(new CustomersSection.Source("channel", "google", 12, 33.5)));

        String page = CustomersHtml.page(section);

        assertTrue(page.contains("data-label=\"2026-01 m2\" data-value=\"10%\""), page);
        assertTrue(page.contains("data-label=\"2026-02 m1\" data-value=\"30%\""), page);
        assertEquals(3, page.split("data-label=\"2026-0").length - 1);
        assertTrue(page.contains("30 customers; 2 lose money (12.50 GBP in all). The top 10% of customers hold 40.0%"
                + " of predicted lifetime value, the top 20% 60.0%."), page);
    }
}
