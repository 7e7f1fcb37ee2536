package dev.arbiter.demo;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams a large account as a bulksheet 2.0 download in CSV (the console exports each tab as its own CSV): the
 * {@code Sponsored Products Campaigns} tab with its 48 columns (formats doc B2), one row per campaign, ad group,
 * product ad, keyword and product target, and the {@code Portfolios} tab (B6) beside it. No performance columns: a
 * bulksheet's are informational and Arbiter reads performance from the reports.
 */
final class LargeBulksheetCsv {
    private final LargeAccount account;
    private final Map<String, Integer> columns = new HashMap<>();
    private final String[] cells = new String[BulksheetFile.CAMPAIGN_HEADER.size()];
    private TextFile file;

    LargeBulksheetCsv(LargeAccount account) {
        this.account = account;
        for (int i = 0; i < BulksheetFile.CAMPAIGN_HEADER.size(); i++) {
            columns.put(BulksheetFile.CAMPAIGN_HEADER.get(i), i);
        }
    }

    /** {@code bulksheet-<epoch millis>.csv}, as Amazon names downloads, so ingest takes the snapshot day from it. */
    static String fileName(LocalDate lastDay, String tab) {
        String xlsx = BulksheetFile.fileName(lastDay);
        return xlsx.substring(0, xlsx.length() - ".xlsx".length()) + tab + ".csv";
    }

    /** Writes the portfolios tab; monthly budgets scale with the number of SKUs. */
    void writePortfolios(Path path, LocalDate firstReportDay) {
        try (TextFile portfolios = new TextFile(path, false)) {
            portfolios.line(BulksheetFile.PORTFOLIO_HEADER, ",");
            String start = firstReportDay.withDayOfMonth(1).format(DateTimeFormatter.BASIC_ISO_DATE);
            long monthly = 2_000L * account.products().size();
            for (int i = 0; i < AccountDesign.PORTFOLIOS.size(); i++) {
                portfolios.line(List.of("Portfolios", "Portfolio", "", account.id(0, i), AccountDesign.PORTFOLIOS.get(i),
                        BigDecimal.valueOf(monthly).toPlainString(), "USD", "monthlyRecurring", start, "", "enabled",
                        "true"), ",");
            }
        }
    }

    /** Writes the campaigns tab and returns its entity rows. */
    int writeCampaigns(Path path, LocalDate firstReportDay) {
        String start = firstReportDay.minusDays(30).format(DateTimeFormatter.BASIC_ISO_DATE);
        try (TextFile campaigns = new TextFile(path, false)) {
            file = campaigns;
            campaigns.line(BulksheetFile.CAMPAIGN_HEADER, ",");
            for (int p = 0; p < account.products().size(); p++) {
                int first = account.firstTarget(p);
                int end = account.firstTarget(p + 1);
                boolean productTargets = end - first > 4;
                campaign(p, true, start, first, end);
                if (productTargets) {
                    campaign(p, false, start, first, end);
                }
            }
            return campaigns.dataLines();
        } finally {
            file = null;
        }
    }

    private void campaign(int p, boolean keywords, String start, int first, int end) {
        Product product = account.products().get(p);
        int index = 2 * p + (keywords ? 0 : 1);
        String campaignId = account.id(1, index);
        String adGroupId = account.id(2, index);
        String name = account.campaignName(p, keywords);
        String portfolioId = account.id(0, account.portfolio(p));
        String portfolio = AccountDesign.PORTFOLIOS.get(account.portfolio(p));
        long dailyBudgetCents = Math.max(1_000, (end - first) * 300L);
        base("Campaign", campaignId, "", name, portfolio);
        set("Portfolio ID", portfolioId).set("Campaign Name", name).set("Start Date", start)
                .set("Targeting Type", "Manual").set("State", "enabled")
                .set("Daily Budget", BigDecimal.valueOf(dailyBudgetCents, 2).toPlainString())
                .set("Bidding Strategy", "Dynamic bids - down only").emit();
        String groupName = account.adGroupName(keywords);
        base("Ad Group", campaignId, adGroupId, name, portfolio);
        set("Ad Group Name", groupName).set("State", "enabled").set("Ad Group Default Bid", "0.75")
                .set("Ad Group Default Bid (Informational only)", "0.75").emit();
        base("Product Ad", campaignId, adGroupId, name, portfolio);
        set("Ad ID", account.id(3, index)).set("State", "enabled").set("SKU", product.sku())
                .set("ASIN (Informational only)", product.asin())
                .set("Eligibility Status (Informational only)", "Eligible").emit();
        for (int t = first; t < end; t++) {
            if (account.keyword(t) != keywords) {
                continue;
            }
            String bid = BigDecimal.valueOf(account.bidCents(t), 2).toPlainString();
            if (keywords) {
                base("Keyword", campaignId, adGroupId, name, portfolio);
                set("Keyword ID", account.id(4, t)).set("Keyword Text", account.text(t))
                        .set("Match Type", account.matchType(t).toLowerCase(java.util.Locale.ROOT));
            } else {
                base("Product Targeting", campaignId, adGroupId, name, portfolio);
                set("Product Targeting ID", account.id(4, t)).set("Product Targeting Expression", account.text(t))
                        .set("Resolved Product Targeting Expression (Informational only)", account.text(t));
            }
            set("State", "enabled").set("Bid", bid).emit();
        }
    }

    private void base(String entity, String campaignId, String adGroupId, String campaignName, String portfolio) {
        Arrays.fill(cells, "");
        set("Product", "Sponsored Products").set("Entity", entity).set("Campaign ID", campaignId)
                .set("Ad Group ID", adGroupId).set("Campaign Name (Informational only)", campaignName)
                .set("Portfolio Name (Informational only)", portfolio)
                .set("Campaign State (Informational only)", "enabled");
        if (!adGroupId.isEmpty()) {
            set("Ad Group Name (Informational only)", account.adGroupName(campaignName.endsWith("Keywords")))
                    .set("Ad Group State (Informational only)", "enabled");
        }
    }

    private LargeBulksheetCsv set(String column, String value) {
        cells[columns.get(column)] = CatalogFile.quoted(value);
        return this;
    }

    private void emit() {
        file.line(Arrays.asList(cells), ",");
    }
}
