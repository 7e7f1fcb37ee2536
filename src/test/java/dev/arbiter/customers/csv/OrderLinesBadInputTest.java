package dev.arbiter.customers.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each bad row of an order file is quarantined with its exact place and reason; the good rows still load. */
class OrderLinesBadInputTest {
    private static final String HEADER = "order_id,customer_id,order_date,sku,quantity,unit_price,returned_quantity";
    private static final String GOOD = "O-1,C-1,2026-01-05,MUG,2,9.50,0";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "O-2,,2026-01-06,MUG,1,9.50,0 | orders.csv:3:2: missing customer id; every order line needs the customer who placed it",
        "O-2,C-2,2026-01-06,MUG,-1,9.50,0 | orders.csv:3:5: negative quantity without a return flag (value '-1'); record returns as a positive returned_quantity on the line that sold them",
        "O-1,C-1,2026-01-04,CUP,1,4.00,0 | orders.csv:3:3: dates out of order: order O-1 is dated 2026-01-05 on an earlier line (value '2026-01-04'); all lines of one order carry the order's date",
        "O-2,C-2,06.01.2026,MUG,1,9.50,0 | orders.csv:3:3: not a date (value '06.01.2026'); write dates as YYYY-MM-DD",
        "O-2,C-2,2026-01-06,MUG,1,\"9,50\",0 | orders.csv:3:6: not a number (value '9,50'); write numbers with a '.' decimal point and no thousands separator",
        "O-2,C-2,2026-01-06,MUG,1,9.50,3 | orders.csv:3:7: returned quantity must be between 0 and the quantity sold (value '3')",
    })
    void a_bad_row_is_quarantined_with_its_line_column_and_reason(String row, String message) throws IOException {
        OrderFileReading reading = read(HEADER + "\n" + GOOD + "\n" + row + "\n");

        assertEquals(List.of(message), reading.problems().stream().map(Problem::render).toList());
        assertEquals(1, reading.lines().size());
        assertEquals(2, reading.rows());
    }

    @Test
    void a_file_without_a_required_column_is_rejected_naming_every_missing_column() throws IOException {
        Path file = dir.resolve("orders.csv");
        Files.writeString(file, "order_id,customer_id,sku,quantity\nO-1,C-1,MUG,1\n", StandardCharsets.UTF_8);

        ArbiterException rejected = assertThrows(ArbiterException.class, () -> OrderFormat.OURS.read(file, "USD"));

        assertEquals(file + " is not an order file in the order-lines format", rejected.getMessage());
        assertEquals(List.of(
                        file + ":1: missing column 'order_date'; the order-lines format needs it; see the README's customers section",
                        file + ":1: missing column 'unit_price'; the order-lines format needs it; see the README's customers section"),
                rejected.problems().stream().map(Problem::render).toList());
    }

    @Test
    void a_good_row_becomes_an_order_line_in_minor_units() throws IOException {
        OrderFileReading reading = read(HEADER + ",discount,shipping_charged,unit_cost,channel\n"
                + "O-1,C-1,2026-01-05,MUG,2,9.50,1,1.00,3.95,4.10,google\n");

        var line = reading.lines().get(0);
        assertEquals(1900, line.grossValue());
        assertEquals(950, line.returnedValue());
        assertEquals(100, line.discount());
        assertEquals(395, line.shippingCharged());
        assertEquals(820, line.costOfGoods().orElseThrow());
        assertEquals("google", line.channel());
    }

    private OrderFileReading read(String text) throws IOException {
        Path file = dir.resolve("orders.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        OrderFileReading reading = OrderFormat.OURS.read(file, "USD");
        String prefix = file.toString();
        return new OrderFileReading("orders.csv", reading.currency(), reading.rows(), reading.lines(),
                reading.problems().stream().map(p -> new Problem(p.file().replace(prefix, "orders.csv"), p.line(),
                        p.column(), p.value(), p.reason(), p.hint())).toList());
    }
}
