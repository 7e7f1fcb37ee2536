package dev.arbiter.report;

import static dev.arbiter.report.ReportFixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.economics.AdProduct;
import dev.arbiter.economics.AdProductSpend;
import dev.arbiter.economics.SpendSource;
import dev.arbiter.model.ObjectivePlan;
import dev.arbiter.report.html.HtmlReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sponsored Brands and Display campaign spend in the brand's media figures, never in a SKU's contribution (issue 3). */
class AdProductLinesTest {
    private static final double EXACT = 1e-9;

    private final HolisticReport report = ReportBuilder.build(withAdProducts(List.of(
            new AdProductSpend(AdProduct.SPONSORED_PRODUCTS, SpendSource.ADVERTISED_PRODUCT, 2, usd("140"), usd("330")),
            new AdProductSpend(AdProduct.SPONSORED_BRANDS, SpendSource.CAMPAIGN, 2, usd("40"), usd("100")),
            new AdProductSpend(AdProduct.SPONSORED_DISPLAY, SpendSource.CAMPAIGN, 1, usd("5"), usd("10")),
            new AdProductSpend(AdProduct.SPONSORED_DISPLAY, SpendSource.ADVERTISED_PRODUCT, 1, usd("10"), usd("25")))));

    @Test
    void campaign_spend_adds_to_the_brands_ad_spend_acos_and_tacos() {
        MediaDelivery media = report.media();
        // the SKUs' 150 of spend and 355 of ad sales, plus Brands 40 / 100 and Display campaign 5 / 10
        assertEquals(usd("195"), media.adSpend());
        assertEquals(usd("465"), media.adSales());
        assertEquals(usd("45"), media.unallocatedSpend());
        assertEquals(195.0 / 570, media.tacos(), EXACT);
        assertEquals(195.0 / 465, media.acos(), EXACT);
    }

    @Test
    void campaign_spend_leaves_every_skus_contribution_after_ads_as_it_was() {
        HolisticReport without = ReportBuilder.build(ReportFixtures.threeSkusOverTwoDays());

        assertEquals(without.profitability(), report.profitability());
        assertEquals(usd("85"), report.profitability().total().contributionAfterAds());
    }

    @Test
    void each_ad_product_has_one_line_with_its_sources_in_product_order() {
        List<String> lines = report.media().adProducts().stream()
                .map(l -> l.product().label() + " | " + l.sourcesRead() + " | " + l.inSkuContribution() + " | "
                        + l.spend() + " | " + l.sales())
                .toList();

        assertEquals(List.of(
                        "Sponsored Products | advertised product report (2 days) | yes | USD 140.00 | USD 330.00",
                        "Sponsored Brands | campaign report (2 days) | no | USD 40.00 | USD 100.00",
                        "Sponsored Display | advertised product report (1 day), campaign report (1 day) | partly"
                                + " | USD 15.00 | USD 35.00"),
                lines);
        assertEquals(0.4, report.media().adProducts().get(1).acos(), EXACT);
    }

    @Test
    void the_media_section_shows_the_lines_and_says_the_campaign_spend_is_in_no_sku() {
        String page = HtmlReport.render(report);

        assertTrue(page.contains("<tr><td>Sponsored Brands</td>\n<td>campaign report (2 days)</td>\n<td>no</td>\n"
                + "<td class=\"num\">USD 40.00</td>\n<td class=\"num\">USD 100.00</td>\n<td class=\"num\">40.0%</td>\n</tr>"), page);
        assertTrue(page.contains("USD 45.00 of the ad spend comes from Sponsored Brands and Sponsored Display campaign"
                + " reports, which name no SKU"), page);
    }

    @Test
    void the_summary_tiles_show_the_brands_ad_spend_and_its_contribution_after_every_ad() {
        String page = HtmlReport.render(report);

        // TACoS 195 / 570; CM2 of the SKUs 85 less the 45 of campaign spend no SKU carries, 40 / 570 of revenue
        assertTrue(page.contains("<div class=\"label\">Ad spend</div>\n<div class=\"value\">USD 195.00</div>\n"
                + "<div class=\"note\">TACoS 34.2%</div>"), page);
        assertTrue(page.contains("<div class=\"value\">USD 40.00</div>\n<div class=\"note\">7.0% of revenue, after"
                + " USD 45.00 of campaign spend no SKU carries</div>"), page);
    }

    @Test
    void brands_spend_alone_is_named_alone_and_says_nothing_of_display() {
        String page = HtmlReport.render(ReportBuilder.build(withAdProducts(List.of(
                new AdProductSpend(AdProduct.SPONSORED_BRANDS, SpendSource.CAMPAIGN, 2, usd("40"), usd("100"))))));

        assertTrue(page.contains("USD 40.00 of the ad spend comes from Sponsored Brands campaign reports, which name no"
                + " SKU: it counts in the brand&#39;s ad spend, ACoS and TACoS above but is not allocated to any SKU&#39;s"
                + " contribution after ads (CM2).</p>"), page);
    }

    @Test
    void a_report_without_ad_product_lines_shows_no_table() {
        String page = HtmlReport.render(ReportBuilder.build(ReportFixtures.threeSkusOverTwoDays()));

        assertFalse(page.contains("In SKU contribution"));
    }

    private static ReportInput withAdProducts(List<AdProductSpend> adProducts) {
        ReportInput fixture = ReportFixtures.threeSkusOverTwoDays();
        return new ReportInput(fixture.brand(), fixture.window(), fixture.skus(), fixture.days(), fixture.targets(),
                fixture.actions(), fixture.terms(), ObjectivePlan.none(), adProducts);
    }
}
