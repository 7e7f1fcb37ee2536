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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the UCI Online Retail II CSV as published (and the older Online Retail's column names): an invoice
 * starting with {@code C} is a cancellation, its negative quantities returns; the {@code POST} and {@code DOT}
 * stock codes are postage charged to the customer. Prices are in pounds sterling.
 */
final class OnlineRetailLines {
    private static final String FORMAT = "Online Retail";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm[:ss]", Locale.ROOT);
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy H:mm", Locale.ROOT);

    private OnlineRetailLines() {}

    static OrderFileReading read(Path path) {
        String file = path.toString();
        List<OrderLine> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        long rows = 0;
        try (BufferedReader reader = TextLines.open(path)) {
            String first = TextLines.next(reader, path);
            Header header = new Header(first == null ? List.of() : CommaSeparated.split(first));
            header.require(file, FORMAT, List.of(List.of("Invoice", "InvoiceNo"), List.of("StockCode"),
                    List.of("Quantity"), List.of("InvoiceDate"), List.of("Price", "UnitPrice"),
                    List.of("Customer ID", "CustomerID")));
            int[] at = {
                header.find("Invoice", "InvoiceNo").orElseThrow(), header.find("StockCode").orElseThrow(),
                header.find("Quantity").orElseThrow(), header.find("InvoiceDate").orElseThrow(),
                header.find("Price", "UnitPrice").orElseThrow(), header.find("Customer ID", "CustomerID").orElseThrow()
            };
            Map<String, LocalDate> invoiceDates = new HashMap<>();
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
                line(row, at, invoiceDates).ifPresent(lines::add);
            }
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot read " + file + ": " + e.getMessage(), e);
        }
        return new OrderFileReading(file, "GBP", rows, lines, problems);
    }

    private static Optional<OrderLine> line(Row row, int[] at, Map<String, LocalDate> invoiceDates) {
        String invoice = row.text(at[0]);
        boolean cancellation = invoice.toUpperCase(Locale.ROOT).startsWith("C");
        String customer = row.text(at[5]);
        customer = customer.endsWith(".0") ? customer.substring(0, customer.length() - 2) : customer;
        if (customer.isEmpty()) {
            row.reject(at[5], "missing customer id", "a line without a customer cannot be attributed; it is left out");
        }
        long quantity = row.whole(at[2]);
        if (quantity < 0 && !cancellation) {
            row.reject(at[2], "negative quantity without a return flag",
                    "Online Retail marks returns with an invoice number starting with 'C'");
        }
        if (quantity > 0 && cancellation) {
            row.reject(at[2], "positive quantity on a cancellation", "a 'C' invoice holds negative quantities");
        }
        long price = row.money(at[4]);
        if (price < 0) {
            row.reject(at[4], "negative price", "a price adjustment is not an order line");
        }
        String text = row.text(at[3]);
        LocalDate day = row.date(at[3], text.contains("/") ? US : ISO, "write dates as YYYY-MM-DD HH:MM:SS");
        LocalDate known = invoiceDates.putIfAbsent(invoice, day);
        if (row.ok() && known != null && !known.equals(day)) {
            row.reject(at[3], "dates out of order: invoice " + invoice + " is dated " + known + " on an earlier line",
                    "all lines of one invoice carry the invoice's date");
        }
        if (!row.ok()) {
            return Optional.empty();
        }
        String sku = row.text(at[1]);
        boolean postage = sku.equalsIgnoreCase("POST") || sku.equalsIgnoreCase("DOT");
        long sold = Math.max(quantity, 0);
        long back = Math.max(-quantity, 0);
        long goods = postage ? 0 : sold * price;
        return Optional.of(new OrderLine(invoice, customer, day, sku, postage ? 0 : sold, back, goods, back * price, 0,
                postage ? sold * price : 0, OptionalLong.empty(), "", "", OptionalLong.empty()));
    }
}
