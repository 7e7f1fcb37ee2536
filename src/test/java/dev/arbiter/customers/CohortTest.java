package dev.arbiter.customers;

import static dev.arbiter.customers.OrderLines.aPurchase;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cohorts by month of first purchase: retention and cumulative orders and profit per customer. */
class CohortTest {

    @Test
    void a_cohort_follows_its_customers_month_by_month() {
        List<OrderLine> lines = List.of(aPurchase("O-1", "C-1", "2026-01-05", 1, 1000),
                aPurchase("O-2", "C-2", "2026-01-20", 1, 1000), aPurchase("O-3", "C-1", "2026-02-03", 1, 2000),
                aPurchase("O-4", "C-3", "2026-02-10", 1, 500));
        List<CustomerOrder> orders = CustomerOrder.of(lines, OrderCosts.none("USD"));

        List<Cohort> cohorts = Cohort.of(orders, CustomerProfit.of(lines, orders), YearMonth.of(2026, 2));

        Cohort january = cohorts.get(0);
        assertEquals(YearMonth.of(2026, 1), january.month());
        assertEquals(2, january.customers());
        assertEquals(0.5, january.retention(1));
        assertEquals(1.5, january.cumulativeOrdersPerCustomer(1));
        assertEquals((600 + 600 + 1200) / 2.0, january.cumulativeProfitPerCustomer(1));
        assertEquals(1, cohorts.get(1).customers());
    }
}
