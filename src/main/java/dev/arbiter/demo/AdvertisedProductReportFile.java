package dev.arbiter.demo;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

/** Writes the Sponsored Products advertised product report, daily layout, 22 columns (formats doc A1.3). */
final class AdvertisedProductReportFile implements AutoCloseable {
    static final String FILE_NAME = "Sponsored Products Advertised product report.xlsx";
    static final String SHEET = "Sponsored Product Advertised Pr";
    static final List<String> HEADER = List.of(
            "Date", "Portfolio name", "Currency", "Campaign Name", "Ad Group Name", "Advertised SKU", "Advertised ASIN",
            "Impressions", "Clicks", "Click-Thru Rate (CTR)", "Cost Per Click (CPC)", "Spend", "7 Day Total Sales ",
            "Total Advertising Cost of Sales (ACoS) ", "Total Return on Advertising Spend (RoAS)",
            "7 Day Total Orders (#)", "7 Day Total Units (#)", "7 Day Conversion Rate", "7 Day Advertised SKU Units (#)",
            "7 Day Other SKU Units (#)", "7 Day Advertised SKU Sales ", "7 Day Other SKU Sales ");

    private final Account account;
    private final List<Product> products;
    private final ConsoleWorkbook workbook;

    AdvertisedProductReportFile(Path inbox, Account account, List<Product> products, Date created) {
        this.account = account;
        this.products = products;
        this.workbook = new ConsoleWorkbook(inbox.resolve(FILE_NAME), SHEET, HEADER, created);
    }

    /** Appends one row per ad group (one product ad each) that had impressions that day. */
    void append(MarketDay day) {
        AdTotals[] byAdGroup = new AdTotals[account.adGroups().size()];
        for (MarketDay.SearchTermDay row : day.searchTerms()) {
            int adGroup = account.targets().get(row.target()).adGroup();
            AdTotals sum = byAdGroup[adGroup] == null ? AdTotals.NONE : byAdGroup[adGroup];
            byAdGroup[adGroup] = sum.plus(AdTotals.of(row));
        }
        for (Account.AdGroup adGroup : account.adGroups()) {
            AdTotals totals = byAdGroup[adGroup.index()];
            if (totals == null || totals.impressions() == 0) {
                continue;
            }
            Account.Campaign campaign = account.campaignOf(adGroup);
            Product product = products.get(adGroup.product());
            workbook.nextRow();
            workbook.date(0, day.day());
            workbook.text(1, account.portfolioOf(campaign).name());
            workbook.text(2, "USD");
            workbook.text(3, campaign.name());
            workbook.text(4, adGroup.name());
            workbook.text(5, product.sku());
            workbook.text(6, product.asin());
            workbook.metrics(7, totals);
        }
    }

    int rows() {
        return workbook.dataRows();
    }

    @Override
    public void close() {
        workbook.close();
    }
}
