package dev.arbiter.customers.csv;

import dev.arbiter.customers.OrderLine;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads our order-lines CSV (README, customers section): one row per order line with order id, customer id, order
 * date, SKU, quantity, unit price and optionally discount, shipping charged, returned quantity, unit cost, channel,
 * campaign and acquisition cost. Returns are recorded in {@code returned_quantity}, never as negative quantities.
 */
final class OurOrderLines {
    private static final String FORMAT = "order-lines";

    private OurOrderLines() {}

    static OrderFileReading read(Path path, String currency) {
        String file = path.toString();
        List<OrderLine> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        long rows = 0;
        try (BufferedReader reader = TextLines.open(path)) {
            String first = TextLines.next(reader, path);
            if (first == null) {
                throw ArbiterException.badInput(file + " is empty", List.of(Problem.ofFile(file, "the file is empty",
                        "write a header row: order_id,customer_id,order_date,sku,quantity,unit_price,...")));
            }
            Columns columns = new Columns(new Header(CommaSeparated.split(first)), file);
            Map<String, LocalDate> orderDates = new HashMap<>();
            long number = 1;
            for (String text = TextLines.next(reader, path); text != null; text = TextLines.next(reader, path)) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                rows++;
                List<String> fields = CommaSeparated.split(text);
                Row row = new Row(file, number, fields == null ? List.of(text) : fields, problems);
                if (fields == null) {
                    row.reject(0, "a quoted field is not closed on its line", "line breaks inside cells are not supported");
                    continue;
                }
                columns.line(row, orderDates).ifPresent(lines::add);
            }
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot read " + file + ": " + e.getMessage(), e);
        }
        return new OrderFileReading(file, currency, rows, lines, problems);
    }

    /** Where each of our columns sits in this file. */
    private static final class Columns {
        private final int order;
        private final int customer;
        private final int date;
        private final int sku;
        private final int quantity;
        private final int price;
        private final Optional<Integer> discount;
        private final Optional<Integer> shipping;
        private final Optional<Integer> returned;
        private final Optional<Integer> cost;
        private final Optional<Integer> channel;
        private final Optional<Integer> campaign;
        private final Optional<Integer> acquisition;

        Columns(Header header, String file) {
            header.require(file, FORMAT, List.of(List.of("order_id"), List.of("customer_id"), List.of("order_date"),
                    List.of("sku"), List.of("quantity"), List.of("unit_price")));
            order = header.find("order_id").orElseThrow();
            customer = header.find("customer_id").orElseThrow();
            date = header.find("order_date").orElseThrow();
            sku = header.find("sku").orElseThrow();
            quantity = header.find("quantity").orElseThrow();
            price = header.find("unit_price").orElseThrow();
            discount = header.find("discount");
            shipping = header.find("shipping_charged");
            returned = header.find("returned_quantity");
            cost = header.find("unit_cost");
            channel = header.find("channel");
            campaign = header.find("campaign");
            acquisition = header.find("acquisition_cost");
        }

        Optional<OrderLine> line(Row row, Map<String, LocalDate> orderDates) {
            String customerId = row.text(customer);
            if (customerId.isEmpty()) {
                row.reject(customer, "missing customer id", "every order line needs the customer who placed it");
            }
            LocalDate day = row.date(date, DateTimeFormatter.ISO_LOCAL_DATE, "write dates as YYYY-MM-DD");
            long units = row.whole(quantity);
            if (units < 0) {
                row.reject(quantity, "negative quantity without a return flag",
                        "record returns as a positive returned_quantity on the line that sold them");
            }
            long back = row.whole(returned);
            if (back < 0 || back > Math.max(units, 0)) {
                row.reject(returned.orElseThrow(), "returned quantity must be between 0 and the quantity sold", "");
            }
            long unitPrice = row.money(price);
            OptionalLong unitCost = row.optionalMoney(cost);
            String orderId = row.text(order);
            if (orderId.isEmpty()) {
                row.reject(order, "missing order id", "every order line needs its order id");
            }
            LocalDate known = orderDates.putIfAbsent(orderId, day);
            if (row.ok() && known != null && !known.equals(day)) {
                row.reject(date, "dates out of order: order " + orderId + " is dated " + known + " on an earlier line",
                        "all lines of one order carry the order's date");
            }
            if (!row.ok()) {
                return Optional.empty();
            }
            return Optional.of(new OrderLine(orderId, customerId, day, row.text(sku), units, back, units * unitPrice,
                    back * unitPrice, row.money(discount), row.money(shipping),
                    unitCost.isPresent() ? OptionalLong.of(units * unitCost.getAsLong()) : OptionalLong.empty(),
                    row.text(channel), row.text(campaign), row.optionalMoney(acquisition)));
        }
    }
}
