package dev.arbiter.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/** Walks the account in download order (campaign, its ad group, product ad, then targets) writing entity rows. */
final class BulkRows {
    private final Account account;
    private final List<Product> products;
    private final PerformanceWindow window;
    private final LocalDate firstReportDay;
    private final Sheet sheet;
    private int rows;

    BulkRows(Account account, List<Product> products, PerformanceWindow window, LocalDate firstReportDay, Sheet sheet) {
        this.account = account;
        this.products = products;
        this.window = window;
        this.firstReportDay = firstReportDay;
        this.sheet = sheet;
    }

    int writeAll() {
        for (Account.Campaign campaign : account.campaigns()) {
            Account.Portfolio portfolio = account.portfolioOf(campaign);
            String state = campaign.enabled() ? "enabled" : "paused";
            emit(base("Campaign", campaign, portfolio, state)
                    .set("Portfolio ID", portfolio.id())
                    .set("Campaign Name", campaign.name())
                    .set("Start Date", firstReportDay.plusDays(campaign.startOffset()).format(DateTimeFormatter.BASIC_ISO_DATE))
                    .set("Targeting Type", campaign.auto() ? "Auto" : "Manual")
                    .set("State", state)
                    .set("Daily Budget", BigDecimal.valueOf(campaign.dailyBudgetCents(), 2))
                    .set("Bidding Strategy", "Dynamic bids - down only")
                    .performance(window.campaign(campaign.index())));
            for (Account.AdGroup adGroup : account.adGroups()) {
                if (adGroup.campaign() == campaign.index()) {
                    adGroup(campaign, portfolio, state, adGroup);
                }
            }
        }
        return rows;
    }

    private void adGroup(Account.Campaign campaign, Account.Portfolio portfolio, String campaignState, Account.AdGroup adGroup) {
        BigDecimal defaultBid = BigDecimal.valueOf(adGroup.defaultBidCents(), 2);
        AdTotals totals = window.adGroup(adGroup.index());
        emit(child("Ad Group", campaign, portfolio, campaignState, adGroup)
                .set("Ad Group Name", adGroup.name())
                .set("State", "enabled")
                .set("Ad Group Default Bid", defaultBid)
                .set("Ad Group Default Bid (Informational only)", defaultBid)
                .performance(totals));
        Product product = products.get(adGroup.product());
        emit(child("Product Ad", campaign, portfolio, campaignState, adGroup)
                .set("Ad ID", adGroup.adId())
                .set("State", "enabled")
                .set("SKU", product.sku())
                .set("ASIN (Informational only)", product.asin())
                .set("Eligibility Status (Informational only)", "Eligible")
                .performance(totals));
        for (Account.Target target : account.targets()) {
            if (target.adGroup() != adGroup.index()) {
                continue;
            }
            BulkRow row = child(target.kind().entity(), campaign, portfolio, campaignState, adGroup)
                    .set("State", target.enabled() ? "enabled" : "paused")
                    .set("Bid", BigDecimal.valueOf(target.bidCents(), 2))
                    .performance(window.target(target.index()));
            if (target.kind().keyword()) {
                row.set("Keyword ID", target.id())
                        .set("Keyword Text", target.text())
                        .set("Match Type", target.kind().bulkMatchType());
            } else {
                row.set("Product Targeting ID", target.id())
                        .set("Product Targeting Expression", target.text())
                        .set("Resolved Product Targeting Expression (Informational only)", target.text());
            }
            emit(row);
        }
    }

    private BulkRow base(String entity, Account.Campaign campaign, Account.Portfolio portfolio, String campaignState) {
        return new BulkRow()
                .set("Product", "Sponsored Products")
                .set("Entity", entity)
                .set("Operation", "")
                .set("Campaign ID", campaign.id())
                .set("Campaign Name (Informational only)", campaign.name())
                .set("Portfolio Name (Informational only)", portfolio.name())
                .set("Campaign State (Informational only)", campaignState);
    }

    private BulkRow child(String entity, Account.Campaign campaign, Account.Portfolio portfolio, String campaignState,
            Account.AdGroup adGroup) {
        return base(entity, campaign, portfolio, campaignState)
                .set("Ad Group ID", adGroup.id())
                .set("Ad Group Name (Informational only)", adGroup.name())
                .set("Ad Group State (Informational only)", "enabled");
    }

    private void emit(BulkRow row) {
        row.writeTo(sheet.createRow(++rows));
    }
}
