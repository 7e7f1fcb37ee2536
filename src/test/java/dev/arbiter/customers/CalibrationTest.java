package dev.arbiter.customers;

import static dev.arbiter.customers.OrderLines.aPurchase;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calibration summary follows the papers: one transaction per customer and day, the first not a repeat. */
class CalibrationTest {

    @Test
    void purchases_on_the_same_day_count_as_one_transaction_and_the_first_is_not_a_repeat() {
        List<OrderLine> lines = List.of(aPurchase("O-1", "C-1", "2026-01-01", 1, 1000),
                aPurchase("O-2", "C-1", "2026-01-15", 1, 1000), aPurchase("O-3", "C-1", "2026-01-15", 1, 2000),
                aPurchase("O-4", "C-1", "2026-03-01", 1, 9000));

        Calibration calibration = Calibration.of(CustomerOrder.of(lines, OrderCosts.none("USD")),
                LocalDate.of(2026, 1, 29), PeriodUnit.WEEK);

        assertEquals(List.of(new RepeatPurchases(1, 2, 4, 30.0)), calibration.customers());
    }

    @Test
    void a_customer_whose_first_purchase_is_after_the_calibration_period_is_left_out() {
        List<OrderLine> lines = List.of(aPurchase("O-1", "C-1", "2026-02-01", 1, 1000));

        Calibration calibration = Calibration.of(CustomerOrder.of(lines, OrderCosts.none("USD")),
                LocalDate.of(2026, 1, 31), PeriodUnit.DAY);

        assertEquals(List.of(), calibration.customers());
    }
}
