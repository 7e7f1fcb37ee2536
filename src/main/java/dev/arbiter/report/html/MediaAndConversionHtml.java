package dev.arbiter.report.html;

import dev.arbiter.decide.PortfolioArbitration;
import dev.arbiter.economics.AdProduct;
import dev.arbiter.report.Conversion;
import dev.arbiter.report.HolisticReport;
import dev.arbiter.report.MediaDelivery;
import dev.arbiter.report.ReportSection;
import java.util.List;
import java.util.stream.Collectors;

/** Sections 3 and 4: what media delivered at what efficiency, and how sessions turned into units. */
record MediaAndConversionHtml(
        HtmlWriter html, Display display, HolisticReport report, List<PortfolioArbitration> budgets) {

    void write() {
        media();
        conversion();
    }

    private void media() {
        MediaDelivery media = report.media();
        html.openSection(ReportSection.MEDIA.anchor(), ReportSection.MEDIA.heading(),
                display.money(media.adSpend()) + " of ad spend bought " + display.count(media.clicks())
                        + " clicks and " + display.money(media.adSales()) + " of attributed sales: ACoS "
                        + display.percent(media.acos()) + ", TACoS " + display.percent(media.tacos()) + ".");
        html.raw("<div class=\"tiles\">\n")
                .tile("Impressions", display.count(media.impressions()), "")
                .tile("Clicks", display.count(media.clicks()), "CTR " + display.percent(media.clickThroughRate()))
                .tile("Cost per click", Double.isNaN(media.costPerClick())
                        ? Display.NOT_AVAILABLE
                        : report.currency().getCurrencyCode() + " " + display.decimal(media.costPerClick(), 2), "")
                .tile("Ad spend", display.money(media.adSpend()), "")
                .tile("Ad sales", display.money(media.adSales()), "attributed to ads")
                .tile("ACoS", display.percent(media.acos()), "ad spend / ad sales")
                .tile("TACoS", display.percent(media.tacos()), "ad spend / all revenue")
                .tile("Ad sales share", display.percent(media.adSales().ratioTo(media.revenue())),
                        "of all revenue came through ads")
                .raw("</div>\n");
        adProducts(media);
        html.raw("<figure>\n");
        html.element("figcaption", "", "Daily revenue, ad spend and contribution after ads (CM2)");
        html.raw(new TrendChart(media.trend(), display).render()).raw("</figure>\n");
        new BudgetArbitrationHtml(html, display, budgets).write();
        html.closeSection();
    }

    /** Each ad product's line, and what of the brand's spend no SKU's contribution carries (issue 3). */
    private void adProducts(MediaDelivery media) {
        if (media.adProducts().isEmpty()) {
            return;
        }
        List<List<String>> rows = media.adProducts().stream().map(line -> List.of(
                        line.product().label(),
                        line.sourcesRead(),
                        line.inSkuContribution(),
                        display.money(line.spend()),
                        display.money(line.sales()),
                        display.percent(line.acos())))
                .toList();
        html.table(List.of("Ad product", "Read from", "In SKU contribution", "Spend", "Ad sales", "ACoS"), rows, 3);
        if (!media.unallocatedSpend().isZero()) {
            String products = media.adProducts().stream()
                    .filter(line -> !line.unallocatedSpend().isZero())
                    .map(line -> line.product().label())
                    .collect(Collectors.joining(" and "));
            boolean displayLine = media.adProducts().stream().anyMatch(line -> line.product() == AdProduct.SPONSORED_DISPLAY);
            html.element("p", "", display.money(media.unallocatedSpend()) + " of the ad spend comes from " + products
                    + " campaign reports, which name no SKU: it counts in the brand's ad spend, ACoS and TACoS above but"
                    + " is not allocated to any SKU's contribution after ads (CM2)."
                    + (displayLine
                            ? " Sponsored Display spend is read from its advertised product report on the days one covers"
                                    + " and from its campaign report only on the other days, so no day is counted twice."
                            : ""));
        }
    }

    private void conversion() {
        Conversion conversion = report.conversion();
        html.openSection(ReportSection.CONVERSION.anchor(), ReportSection.CONVERSION.heading(),
                display.count(conversion.sessions()) + " sessions became " + display.count(conversion.units())
                        + " units: a unit session percentage of " + display.percent(conversion.unitSessionPct()) + ".");
        html.raw("<div class=\"tiles\">\n")
                .tile("Sessions", display.count(conversion.sessions()), "")
                .tile("Units ordered", display.count(conversion.units()), "")
                .tile("Unit session percentage", display.percent(conversion.unitSessionPct()), "units / sessions")
                .tile("Categories", display.count(conversion.byCategory().size()), "")
                .raw("</div>\n");
        List<List<String>> rows = conversion.byCategory().stream().map(c -> List.of(
                        c.category(),
                        display.count(c.skus()),
                        display.count(c.sessions()),
                        display.count(c.units()),
                        display.percent(c.unitSessionPct()),
                        display.money(c.revenue())))
                .toList();
        html.tableOrNone(List.of("Category", "SKUs", "Sessions", "Units", "Unit session %", "Revenue"), rows, 1,
                "No sessions in this window.");
        html.closeSection();
    }
}
