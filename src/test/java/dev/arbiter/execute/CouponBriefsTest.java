package dev.arbiter.execute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.model.CouponProposal;
import dev.arbiter.model.Figure;
import dev.arbiter.model.Money;
import dev.arbiter.model.Rationale;
import dev.arbiter.model.Sku;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CouponBriefsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path out;

    @Test
    void each_coupon_gets_a_csv_line_and_a_printable_page_with_discount_budget_and_units_to_clear() throws Exception {
        // 16.67 × 15 % × 211 = 527.61
        CouponProposal coupon = new CouponProposal(new Sku("GP-01"), 0.15, Money.of("16.67", "USD"), 211,
                Money.of("527.61", "USD"), new Rationale("GP-01 is overstocked, \"150 days\"",
                        List.of(Figure.count("units_to_clear", 211), Figure.ratio("discount", 0.15))));

        List<Path> files = new CouponBriefs().write(List.of(coupon), out, DAY);

        assertEquals(List.of(out.resolve("coupon-gp-01-2026-11-23.csv"), out.resolve("coupon-gp-01-2026-11-23.html")),
                files);
        assertEquals(List.of("sku,discount_pct,price,currency,budget,units_to_clear,reason",
                        "GP-01,15,16.67,USD,527.61,211,\"GP-01 is overstocked, \"\"150 days\"\"\""),
                Files.readAllLines(files.get(0), StandardCharsets.UTF_8));
        String page = Files.readString(files.get(1), StandardCharsets.UTF_8);
        assertTrue(page.contains("<tr><th>Discount</th><td class=\"n\">15 %</td></tr>\n"
                + "<tr><th>Price</th><td class=\"n\">16.67 USD</td></tr>\n"
                + "<tr><th>Budget</th><td class=\"n\">527.61 USD</td></tr>\n"
                + "<tr><th>Units to clear</th><td class=\"n\">211</td></tr>"), page);
        assertTrue(page.contains("<p>GP-01 is overstocked, &quot;150 days&quot;</p>"), page);
        assertTrue(page.contains("<tr><td>units_to_clear</td><td class=\"n\">211</td></tr>"), page);
    }
}
