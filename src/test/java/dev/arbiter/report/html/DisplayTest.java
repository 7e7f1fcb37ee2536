package dev.arbiter.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.model.Figure;
import dev.arbiter.model.Money;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class DisplayTest {

    private final Display dollars = new Display(Currency.getInstance("USD"));

    @Test
    void money_carries_its_currency_code_and_the_currency_decimals_whatever_the_machine_locale() {
        assertEquals("USD 1,234,567.89", dollars.money(Money.of("1234567.886", "USD")));
        assertEquals("USD 0.12", dollars.money(Money.of("0.125", "USD")), "half to even, as Money rounds");
        assertEquals("USD -9.02", dollars.money(Money.of("-9.02", "USD")));
        assertEquals("JPY 1,235", new Display(Currency.getInstance("JPY")).money(new BigDecimal("1234.6")));
    }

    @Test
    void ratios_are_percentages_and_a_missing_ratio_says_so() {
        assertEquals("42.3%", dollars.percent(150.0 / 355));
        assertEquals("-0.9%", dollars.percent(-0.0088));
        assertEquals("n/a", dollars.percent(Double.NaN));
    }

    @Test
    void chart_labels_are_short() {
        assertEquals("950", dollars.compact(950));
        assertEquals("12.5", dollars.compact(12.5));
        assertEquals("5k", dollars.compact(5000));
        assertEquals("3.5k", dollars.compact(3500));
        assertEquals("-25k", dollars.compact(-25_400));
        assertEquals("1.2M", dollars.compact(1_234_567));
    }

    @Test
    void counts_and_days_of_cover_read_naturally() {
        assertEquals("1,500", dollars.count(1500));
        assertEquals("18.7", dollars.days(140 / 7.5));
        assertEquals("∞ (not selling)", dollars.days(Double.POSITIVE_INFINITY));
    }

    @Test
    void rationale_figures_are_written_in_their_unit() {
        assertEquals("acos 55.6%", dollars.figure(Figure.ratio("acos", 0.5556)));
        assertEquals("spend USD 25.00", dollars.figure(Figure.money("spend", Money.of("25", "USD"))));
        assertEquals("lead_time_days 21", dollars.figure(Figure.count("lead_time_days", 21)));
        assertEquals("days_of_cover 9.5 days", dollars.figure(Figure.days("days_of_cover", 9.5)));
        assertEquals("units_per_day 14.2 units/day", dollars.figure(Figure.perDay("units_per_day", 14.2)));
    }
}
