package dev.arbiter.customers.csv;

import dev.arbiter.customers.PlanMonth;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plan CSV ({@code month,new_customers,retention}: {@code YYYY-MM}, a whole number, a share 0..1 of the
 * month's new customers buying again the next month). A plan is small and all of it matters, so any bad row
 * rejects the file with every problem listed.
 */
public final class PlanFile {
    private PlanFile() {}

    public static List<PlanMonth> read(Path path) {
        String file = path.toString();
        List<PlanMonth> plan = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (BufferedReader reader = TextLines.open(path)) {
            String first = TextLines.next(reader, path);
            Header header = new Header(first == null ? List.of() : CommaSeparated.split(first));
            header.require(file, "plan", List.of(List.of("month"), List.of("new_customers"), List.of("retention")));
            int month = header.find("month").orElseThrow();
            int customers = header.find("new_customers").orElseThrow();
            int retention = header.find("retention").orElseThrow();
            long number = 1;
            for (String text = TextLines.next(reader, path); text != null; text = TextLines.next(reader, path)) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                List<String> fields = CommaSeparated.split(text);
                Row row = new Row(file, number, fields == null ? List.of(text) : fields, problems);
                YearMonth when = YearMonth.of(1970, 1);
                try {
                    when = YearMonth.parse(row.text(month));
                } catch (DateTimeParseException e) {
                    row.reject(month, "not a month", "write months as YYYY-MM");
                }
                long target = row.whole(customers);
                double share = row.decimal(retention).map(BigDecimal::doubleValue).orElse(0.0);
                if (row.ok() && (target < 0 || share < 0 || share > 1)) {
                    row.reject(target < 0 ? customers : retention, "out of range",
                            "new_customers is at least 0; retention is a share between 0 and 1");
                }
                if (row.ok()) {
                    plan.add(new PlanMonth(when, (int) target, share));
                }
            }
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw ArbiterException.badInput(file + " has " + problems.size() + " problem(s)", problems);
        }
        return plan;
    }
}
