package dev.arbiter.report.html;

import dev.arbiter.economics.SkuTrend;
import dev.arbiter.model.Figure;
import dev.arbiter.model.Sku;
import dev.arbiter.report.AlertsSection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The alerts section: one table per kind of alert (each alert with its numbers and a link to its SKU), then the SKUs
 * the alerts concern with their star rating and rating and sales trends.
 */
final class AlertsHtml {
    static final String ANCHOR = "alerts";

    private AlertsHtml() {}

    static void write(HtmlWriter html, Display display, AlertsSection alerts) {
        html.openSection(ANCHOR, "7. Alerts", alerts.count() == 0
                ? "No retail/media conflict and no operating-model rule calls for attention in this window."
                : alerts.count() + " alerts: where retail and media pull apart, and what the operating model's rules"
                        + " flag. No single action fixes them; each names its numbers.");
        for (AlertsSection.Group group : alerts.groups()) {
            html.element("h3", "", group.title() + " (" + group.alerts().size() + ")");
            html.raw("<table class=\"alerts\">\n<thead><tr><th>SKU</th><th>What</th><th>Numbers</th></tr></thead>\n"
                    + "<tbody>\n");
            for (AlertsSection.Line line : group.alerts()) {
                html.raw("<tr><td>");
                skuLink(html, line.sku());
                html.raw("</td><td>").text(line.summary()).raw("</td><td>")
                        .text(line.figures().stream().map(display::figure).collect(Collectors.joining(" · ")))
                        .raw("</td></tr>\n");
            }
            html.raw("</tbody>\n</table>\n");
        }
        if (!alerts.skus().isEmpty()) {
            html.element("h3", "", "SKUs in the alerts");
            html.raw("<table>\n<thead><tr><th>SKU</th><th class=\"num\">Alerts</th><th class=\"num\">Rating</th>"
                    + "<th class=\"num\">Rating, 14 days vs 14 before</th><th class=\"num\">Ratings</th>"
                    + "<th class=\"num\">Sales, 14 days vs 14 before</th></tr></thead>\n<tbody>\n");
            for (AlertsSection.SkuLine sku : alerts.skus()) {
                SkuTrend trend = sku.trend();
                html.raw("<tr id=\"" + anchor(sku.sku()) + "\">").element("td", "", sku.sku().value())
                        .element("td", "num", display.count(sku.alerts()))
                        .element("td", "num", display.decimal(trend.rating(), 2))
                        .element("td", "num", stars(trend.ratingTrend()))
                        .element("td", "num", trend.ratingsCount() > 0 ? display.count(trend.ratingsCount()) : "n/a")
                        .element("td", "num", signedPercent(trend.salesTrend()))
                        .raw("</tr>\n");
            }
            html.raw("</tbody>\n</table>\n");
        }
        html.closeSection();
    }

    /** The in-page anchor of a SKU's row: letters, digits and dashes only. */
    static String anchor(Sku sku) {
        return "sku-" + sku.value().replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static void skuLink(HtmlWriter html, Sku sku) {
        html.raw("<a href=\"#" + anchor(sku) + "\">").text(sku.value()).raw("</a>");
    }

    private static String stars(double change) {
        return Double.isNaN(change) ? "n/a" : String.format(Locale.ROOT, "%+.2f stars", change);
    }

    private static String signedPercent(double change) {
        return Double.isNaN(change) ? "n/a" : String.format(Locale.ROOT, "%+.1f %%", change * 100);
    }
}
