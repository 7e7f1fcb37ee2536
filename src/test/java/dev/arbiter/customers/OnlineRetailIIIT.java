package dev.arbiter.customers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.customers.csv.OrderFileReading;
import dev.arbiter.customers.csv.OrderFormat;
import dev.arbiter.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The UCI Online Retail II year 2009-2010, read as published, runs end to end. */
class OnlineRetailIIIT {
    private static final Path FILE =
            Path.of("..", "shared", "data", "online-retail-ii", "online_retail_ii_2009-2010.csv.gz");

    @Test
    void every_customer_is_analysed_and_rows_without_a_customer_are_quarantined() {
        Assumptions.assumeTrue(Files.isRegularFile(FILE), "Online Retail II is not in ../shared/data/online-retail-ii");

        OrderFileReading reading = OrderFormat.ONLINE_RETAIL.read(FILE, "GBP");
        CustomerAnalysis analysis = CustomerAnalysis.of(reading.lines(), OrderCosts.none("GBP"),
                CustomerAnalysis.lastOrderDate(reading.lines()), PeriodUnit.WEEK, 52);

        assertEquals(525_461, reading.rows());
        assertEquals(107_927, reading.quarantined());
        assertEquals(4_383, analysis.profits().size());
        assertEquals(LocalDate.of(2010, 12, 9), analysis.calibration().until());
        assertEquals(Map.of("missing customer id", 107_927L, "negative quantity without a return flag", 2_121L,
                        "negative price", 3L, "positive quantity on a cancellation", 1L),
                reading.problems().stream().collect(Collectors.groupingBy(Problem::reason, Collectors.counting())));
        assertEquals(13, analysis.cohorts().size());
        assertTrue(analysis.spend().model().isPresent(), analysis.spend().describe());
    }
}
