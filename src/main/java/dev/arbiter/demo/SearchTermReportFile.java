package dev.arbiter.demo;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

/** Writes the Sponsored Products search term report, daily layout, 23 US-2019 columns (formats doc A1.1). */
final class SearchTermReportFile implements AutoCloseable {
    static final String FILE_NAME = "Sponsored Products Search term report.xlsx";
    static final String SHEET = "Sponsored Product Search Term R";
    static final List<String> HEADER = List.of(
            "Date", "Portfolio name", "Currency", "Campaign Name", "Ad Group Name", "Targeting", "Match Type",
            "Customer Search Term", "Impressions", "Clicks", "Click-Thru Rate (CTR)", "Cost Per Click (CPC)", "Spend",
            "7 Day Total Sales ", "Total Advertising Cost of Sales (ACoS) ", "Total Return on Advertising Spend (RoAS)",
            "7 Day Total Orders (#)", "7 Day Total Units (#)", "7 Day Conversion Rate", "7 Day Advertised SKU Units (#)",
            "7 Day Other SKU Units (#)", "7 Day Advertised SKU Sales ", "7 Day Other SKU Sales ");

    private final Account account;
    private final ConsoleWorkbook workbook;

    SearchTermReportFile(Path inbox, Account account, Date created) {
        this.account = account;
        this.workbook = new ConsoleWorkbook(inbox.resolve(FILE_NAME), SHEET, HEADER, created);
    }

    /** Appends the day's rows: every search term with at least one impression. */
    void append(MarketDay day) {
        for (MarketDay.SearchTermDay row : day.searchTerms()) {
            Account.Target target = account.targets().get(row.target());
            Account.AdGroup adGroup = account.adGroupOf(target);
            Account.Campaign campaign = account.campaignOf(adGroup);
            workbook.nextRow();
            workbook.date(0, day.day());
            workbook.text(1, account.portfolioOf(campaign).name());
            workbook.text(2, "USD");
            workbook.text(3, campaign.name());
            workbook.text(4, adGroup.name());
            workbook.text(5, target.targeting());
            workbook.text(6, target.kind().consoleMatchType());
            workbook.text(7, row.searchTerm());
            workbook.metrics(8, AdTotals.of(row));
        }
    }

    int rows() {
        return workbook.dataRows();
    }

    void discard() {
        workbook.discard();
    }

    @Override
    public void close() {
        workbook.close();
    }
}
