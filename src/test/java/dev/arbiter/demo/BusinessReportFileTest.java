package dev.arbiter.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BusinessReportFileTest {

    @Test
    void counts_are_grouped_by_thousands() {
        assertEquals("0", BusinessReportFile.count(0));
        assertEquals("999", BusinessReportFile.count(999));
        assertEquals("1,138", BusinessReportFile.count(1138));
        assertEquals("1,234,567", BusinessReportFile.count(1_234_567));
        assertEquals("-12,000", BusinessReportFile.count(-12_000));
    }

    @Test
    void percents_have_two_decimals_and_a_percent_sign() {
        assertEquals("5.94%", BusinessReportFile.percent(0.0594));
        assertEquals("100.00%", BusinessReportFile.percent(1.0));
        assertEquals("0.00%", BusinessReportFile.percent(0, 0));
        assertEquals("33.33%", BusinessReportFile.percent(1, 3));
        assertEquals("0.07%", BusinessReportFile.percent(0.00066));
    }

    @Test
    void money_is_dollars_with_grouping_and_cents() {
        assertEquals("$2,985.86", BusinessReportFile.money(298_586));
        assertEquals("$0.00", BusinessReportFile.money(0));
        assertEquals("$0.05", BusinessReportFile.money(5));
        assertEquals("$-9.02", BusinessReportFile.money(-902), "as real console CSVs write negatives");
    }
}
