package dev.arbiter.execute;

import dev.arbiter.model.CouponProposal;
import dev.arbiter.model.Figure;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes each approved coupon as a brief for whoever sets it up in Seller Central (Advertising → Coupons), one CSV
 * and one printable HTML page per SKU, {@code coupon-<sku-slug>-YYYY-MM-DD.csv|html}: discount, price, budget,
 * the units it should clear, and the numbers behind it.
 */
public final class CouponBriefs {

    /** The first line of every coupon brief CSV. */
    public static final String HEADER = "sku,discount_pct,price,currency,budget,units_to_clear,reason";

    /** Writes both files of every coupon, replacing earlier ones of the same day; returns them in the coupons' order. */
    public List<Path> write(List<CouponProposal> coupons, Path outDir, LocalDate day) {
        List<Path> written = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (CouponProposal coupon : coupons) {
            String slug = new SupplierSlug(coupon.sku().value()).value();
            String name = slug;
            for (int n = 2; !taken.add(name); n++) {
                name = slug + "-" + n;
            }
            String base = "coupon-" + name + "-" + day;
            written.add(text(outDir.resolve(base + ".csv"), HEADER + "\n" + line(coupon).render() + "\n"));
            written.add(text(outDir.resolve(base + ".html"), page(coupon, day)));
        }
        return List.copyOf(written);
    }

    static CsvLine line(CouponProposal coupon) {
        return CsvLine.of(coupon.sku().value(), percent(coupon.discount()), coupon.price().plain(),
                coupon.price().currency().getCurrencyCode(), coupon.budget().plain(),
                Long.toString(coupon.unitsToClear()), coupon.rationale().summary());
    }

    static String page(CouponProposal coupon, LocalDate day) {
        StringBuilder figures = new StringBuilder();
        for (Figure figure : coupon.rationale().figures()) {
            figures.append("<tr><td>").append(escape(figure.name())).append("</td><td class=\"n\">")
                    .append(figure.value().stripTrailingZeros().toPlainString()).append("</td></tr>\n");
        }
        String currency = coupon.price().currency().getCurrencyCode();
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Coupon brief "
                + escape(coupon.sku().value()) + " " + day + "</title>\n<style>body{font-family:sans-serif;margin:2em}"
                + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px;text-align:left}"
                + ".n{text-align:right}@media print{body{margin:0}}</style></head><body>\n"
                + "<h1>Coupon brief</h1>\n<p>SKU: <strong>" + escape(coupon.sku().value()) + "</strong><br>Date: " + day
                + "</p>\n<table><tbody>\n"
                + "<tr><th>Discount</th><td class=\"n\">" + percent(coupon.discount()) + " %</td></tr>\n"
                + "<tr><th>Price</th><td class=\"n\">" + coupon.price().plain() + " " + currency + "</td></tr>\n"
                + "<tr><th>Budget</th><td class=\"n\">" + coupon.budget().plain() + " " + currency + "</td></tr>\n"
                + "<tr><th>Units to clear</th><td class=\"n\">" + coupon.unitsToClear() + "</td></tr>\n"
                + "</tbody></table>\n<p>" + escape(coupon.rationale().summary()) + "</p>\n"
                + "<table><thead><tr><th>figure</th><th class=\"n\">value</th></tr></thead><tbody>\n" + figures
                + "</tbody></table>\n</body></html>\n";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f", share * 100);
    }

    private static Path text(Path file, String content) {
        return new OutputFile(file).write(out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(content);
            writer.flush();
        });
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
