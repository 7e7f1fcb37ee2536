package dev.arbiter.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.model.Marketplace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayNumberTest {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "$1,234.56|US|1234.56|false|$",
                "1,138|US|1138|false|",
                "12.34%|US|12.34|true|",
                "$-9.02|US|-9.02|false|$",
                "-$9.02|US|-9.02|false|$",
                "1.234,56 €|DE|1234.56|false|EUR",
                "12,34 %|DE|12.34|true|",
                "1.234,56 €|FR|1234.56|false|EUR",
                "1 234,56 €|FR|1234.56|false|EUR",
                "12,34 %|FR|12.34|true|",
                "1.234.567|FR|1234567|false|",
                "0.5|FR|0.5|false|",
                "1.234,56 €|ES|1234.56|false|EUR",
                "Rs.15.5138462|IN|15.5138462|false|INR",
                "USD 58.89|US|58.89|false|USD",
                "$0.5566667000000001|US|0.5566667000000001|false|$",
                "C$ 12.00|CA|12.00|false|CAD"
            })
    void amazon_display_numbers_are_read_exactly_by_marketplace(
            String text, String marketplace, String value, boolean percent, String currency) {
        DisplayNumber number =
                DisplayNumber.parse(text, Marketplace.byCode(marketplace).orElseThrow()).orElseThrow();

        assertEquals(new BigDecimal(value), number.value());
        assertEquals(percent, number.percent());
        assertEquals(Optional.ofNullable(currency), number.currency());
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "--", "-", "N/A"})
    void empty_and_placeholder_cells_are_no_value(String text) {
        assertTrue(DisplayNumber.isNull(text));
    }

    @ParameterizedTest
    @CsvSource(value = {"abc", "12..3", "1 2 3x"})
    void text_that_is_not_a_number_is_refused(String text) {
        assertEquals(Optional.empty(), DisplayNumber.parse(text, Marketplace.US));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Nov 16, 2018|2018-11-16",
                "Mar 03, 2026|2026-03-03",
                "10/01/2018|2018-10-01",
                "2019-11-01|2019-11-01",
                "2019-12-16T08:00:00+00:00|2019-12-16",
                "07-Sep-2019|2019-09-07",
                "20260401|2026-04-01"
            })
    void report_dates_are_read_in_english_whatever_the_machine_locale(String text, String day) {
        assertEquals(Optional.of(LocalDate.parse(day)), ReportDate.parse(Cell.text(text), Marketplace.US));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"43791|2019-11-22", "43791.0|2019-11-22", "20260401|2026-04-01"})
    void spreadsheet_day_numbers_are_excel_serials_or_bulksheet_days(String number, String day) {
        assertEquals(Optional.of(LocalDate.parse(day)), ReportDate.parse(new Cell(number, new BigDecimal(number), true), Marketplace.US));
    }
}
