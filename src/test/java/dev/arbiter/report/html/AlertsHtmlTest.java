package dev.arbiter.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.economics.SkuTrend;
import dev.arbiter.insights.Alert;
import dev.arbiter.model.Figure;
import dev.arbiter.model.Sku;
import dev.arbiter.report.AlertsSection;
import dev.arbiter.report.HolisticReport;
import dev.arbiter.report.ReportBuilder;
import dev.arbiter.report.ReportFixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AlertsHtmlTest {
    private final HolisticReport report = ReportBuilder.build(ReportFixtures.threeSkusOverTwoDays());

    @Test
    void the_report_lists_each_alert_under_its_kind_with_its_numbers_and_a_link_to_its_sku_and_rating_trend() {
        Sku gp01 = new Sku("GP-01");
        Sku gp02 = new Sku("GP-02");
        List<Alert> alerts = List.of(
                new Alert("media_on_fragile_stock", gp01, "GP-01 spends 5.00 a day on ads while its availability is"
                        + " fragile", List.of(Figure.days("days_of_cover_with_inbound", 6.5))),
                new Alert("rule:weak-rating-under-ads", gp02, "rule weak-rating-under-ads holds",
                        List.of(Figure.stars("rating", 3.84))),
                new Alert("media_on_fragile_stock", gp02, "GP-02 spends 1.00 a day", List.of()));
        Map<Sku, SkuTrend> trends = Map.of(gp02, new SkuTrend(gp02, -0.25, -0.1, 3.84, -0.21, -0.04, 140));

        String html = HtmlReport.render(report, Optional.empty(), Optional.of(AlertsSection.of(alerts, trends)));

        assertTrue(html.contains("<a href=\"#alerts\">7. Alerts</a>"), "the navigation links the section");
        assertTrue(html.contains("<h3>Media pressure on fragile stock (2)</h3>"), html);
        assertTrue(html.contains("<h3>Rule weak-rating-under-ads (1)</h3>"), html);
        assertTrue(html.contains("<tr><td><a href=\"#sku-GP-01\">GP-01</a></td><td>GP-01 spends 5.00 a day on ads"
                + " while its availability is fragile</td><td>days_of_cover_with_inbound 6.5 days</td></tr>"), html);
        assertTrue(html.contains("<td>rating 3.84 stars</td>"), html);
        assertTrue(html.contains("<tr id=\"sku-GP-02\"><td>GP-02</td>\n<td class=\"num\">2</td>\n"
                + "<td class=\"num\">3.84</td>\n<td class=\"num\">-0.21 stars</td>\n<td class=\"num\">140</td>\n"
                + "<td class=\"num\">-25.0 %</td>\n</tr>"), html);
        assertEquals(html.indexOf("id=\"alerts\""), html.lastIndexOf("id=\"alerts\""));
    }

    @Test
    void a_window_without_alerts_says_so() {
        String html = HtmlReport.render(report, Optional.empty(), Optional.of(AlertsSection.of(List.of(), Map.of())));

        assertTrue(html.contains("No retail/media conflict and no operating-model rule calls for attention in this"
                + " window."), html);
    }
}
