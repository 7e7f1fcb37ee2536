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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads CDNOW's whitespace-separated files as Fader and Hardie distribute them: {@code CDNOW_master} (customer,
 * date {@code YYYYMMDD}, CDs, dollars; with a header) and {@code CDNOW_sample} (master id, sample id, date, CDs,
 * dollars; no header). Each line is one order; each customer's lines are in date order.
 */
final class CdnowLines {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private CdnowLines() {}

    static OrderFileReading read(Path path) {
        String file = path.toString();
        List<OrderLine> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, LocalDate> lastDates = new HashMap<>();
        long rows = 0;
        long number = 0;
        try (BufferedReader reader = TextLines.open(path)) {
            for (String text = TextLines.next(reader, path); text != null; text = TextLines.next(reader, path)) {
                number++;
                String[] fields = text.strip().split("\\s+");
                if (text.isBlank() || (number == 1 && fields[0].equalsIgnoreCase("customer_id"))) {
                    continue;
                }
                rows++;
                Row row = new Row(file, number, Arrays.asList(fields), problems);
                if (fields.length != 4 && fields.length != 5) {
                    row.reject(0, "expected 4 fields (master) or 5 (sample), found " + fields.length,
                            "CDNOW lines are: customer [sample id] YYYYMMDD CDs dollars");
                    continue;
                }
                int offset = fields.length - 4;
                LocalDate day = row.date(offset + 1, DATE, "CDNOW dates are written YYYYMMDD");
                long cds = row.whole(offset + 2);
                if (cds < 0) {
                    row.reject(offset + 2, "negative quantity without a return flag", "CDNOW holds purchases only");
                }
                long dollars = row.money(offset + 3);
                String customer = fields[0];
                LocalDate last = lastDates.get(customer);
                if (row.ok() && last != null && day.isBefore(last)) {
                    row.reject(offset + 1, "dates out of order: customer " + customer + " bought on " + last
                            + " on an earlier line", "CDNOW files list each customer's purchases in date order");
                }
                if (row.ok()) {
                    lastDates.put(customer, day);
                    lines.add(new OrderLine(Long.toString(number), customer, day, "CD", cds, 0, dollars, 0, 0, 0,
                            OptionalLong.empty(), "", "", OptionalLong.empty()));
                }
            }
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot read " + file + ": " + e.getMessage(), e);
        }
        return new OrderFileReading(file, "USD", rows, lines, problems);
    }
}
