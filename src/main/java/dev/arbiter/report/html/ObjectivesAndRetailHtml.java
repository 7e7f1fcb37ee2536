package dev.arbiter.report.html;

import dev.arbiter.report.HolisticReport;
import dev.arbiter.report.ObjectiveLine;
import dev.arbiter.report.ReportSection;
import dev.arbiter.report.RetailHealth;
import java.util.List;

/** Sections 1 and 2: how each objective is doing, and whether the shelf can carry the demand. */
record ObjectivesAndRetailHtml(HtmlWriter html, Display display, HolisticReport report) {

    /** Tables list at most this many SKUs; the rest are counted. */
    static final int LISTED = 20;

    void write() {
        objectives();
        retailHealth();
    }

    private void objectives() {
        List<ObjectiveLine> lines = report.objectives();
        long above = lines.stream().filter(l -> l.standing() == ObjectiveLine.Standing.ABOVE_TARGET).count();
        html.openSection(ReportSection.OBJECTIVES.anchor(), ReportSection.OBJECTIVES.heading(),
                lines.size() + " objective(s) across " + lines.stream().mapToInt(ObjectiveLine::skus).sum()
                        + " SKU(s); " + above + " running above the ACoS its objective allows.");
        List<List<String>> rows = lines.stream().map(l -> List.of(
                        l.objective().key(),
                        l.standing().label(),
                        display.count(l.skus()),
                        display.money(l.contribution().revenue()),
                        display.money(l.contribution().adSpend()),
                        display.money(l.contribution().contributionAfterAds()),
                        display.percent(l.contribution().contributionAfterAdsPct()),
                        display.percent(l.acos()),
                        display.percent(l.targetAcos()),
                        display.count(l.skusAboveTarget())))
                .toList();
        html.tableOrNone(List.of("Objective", "Standing", "SKUs", "Revenue", "Ad spend", "CM2", "CM2 %", "ACoS",
                "Target ACoS", "SKUs above target"), rows, 2, "No SKUs in this window.");
        timeBoundObjectives();
        html.closeSection();
    }

    /** The operating model's time-bounded entries in force on the window's last day, and when each ends. */
    private void timeBoundObjectives() {
        if (report.timeBoundObjectives().isEmpty()) {
            return;
        }
        html.element("p", "", "Objectives set by a time-bounded entry of the operating model on " + report.window().to()
                + " (they replace the catalog's objective while in force):");
        html.table(List.of("Entry", "Objective", "Until", "Then", "SKUs"), report.timeBoundObjectives().stream()
                .map(t -> List.of(t.subject(), t.entry().objective().key(), t.until(), t.then(), display.count(t.skus())))
                .toList(), 4);
    }

    private void retailHealth() {
        RetailHealth retail = report.retailHealth();
        html.openSection(ReportSection.RETAIL_HEALTH.anchor(), ReportSection.RETAIL_HEALTH.heading(),
                "In stock " + display.percent(retail.inStockRate()) + " of SKU-days with "
                        + display.percent(retail.buyBoxShare()) + " of sessions on the Buy Box; "
                        + retail.belowLeadTime().size() + " SKU(s) will run out before a reorder arrives and "
                        + retail.overstocked().size() + " hold more than " + retail.overstockDays()
                        + " days of cover.");
        html.raw("<div class=\"tiles\">\n")
                .tile("In-stock rate", display.percent(retail.inStockRate()), "share of SKU-days with stock")
                .tile("Buy Box share", display.percent(retail.buyBoxShare()), "weighted by sessions")
                .tile("Below lead time", display.count(retail.belowLeadTime().size()), "cover shorter than reorder")
                .tile("Overstocked", display.count(retail.overstocked().size()),
                        "over " + retail.overstockDays() + " days of cover")
                .raw("</div>\n<figure>\n");
        html.element("figcaption", "", "SKUs by days of cover");
        List<RetailHealth.CoverBucket> buckets = retail.coverDistribution();
        html.raw(new BarChart("SKUs by days of cover",
                        buckets.stream().map(RetailHealth.CoverBucket::label).toList(),
                        List.of(new BarChart.Series("SKUs", Svg.BLUE,
                                buckets.stream().map(b -> (double) b.skus()).toList())),
                        v -> display.count(Math.round(v)), 1)
                .render());
        html.raw("</figure>\n");
        html.element("h3", "", "Running out before a reorder arrives");
        cover(retail.belowLeadTime(), "No SKU has less cover than its lead time.");
        html.element("h3", "", "Overstocked");
        cover(retail.overstocked(), "No SKU holds more than " + retail.overstockDays() + " days of cover.");
        html.closeSection();
    }

    private void cover(List<RetailHealth.CoverLine> lines, String none) {
        List<List<String>> rows = lines.stream().limit(LISTED).map(c -> List.of(
                        c.sku().value(),
                        c.title(),
                        display.days(c.daysOfCover()),
                        display.count(c.leadTimeDays()),
                        display.count(c.available()),
                        display.count(c.inbound())))
                .toList();
        html.tableOrNone(List.of("SKU", "Title", "Days of cover", "Lead time (days)", "Available", "Inbound"), rows, 2,
                none);
        if (lines.size() > LISTED) {
            html.element("p", "note", "and " + (lines.size() - LISTED) + " more.");
        }
    }
}
