package dev.arbiter.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a run of {@link LargeMarket} days into the daily report files: the search term report (one CSV for the run)
 * on one thread, the advertised product report (one CSV) with the daily Business Reports and FBA inventory files on
 * another. Each thread draws the days itself from their seeds, so both see the same market.
 */
final class LargeDays {
    private final LargeAccount account;
    private final LargeMarket market;
    private final Path inbox;
    private volatile long advertisedRows;
    private volatile long retailRows;

    LargeDays(LargeAccount account, LargeMarket market, Path inbox) {
        this.account = account;
        this.market = market;
        this.inbox = inbox;
    }

    static String searchTermName(LocalDate first, LocalDate last) {
        return "sp-search-term-" + span(first, last) + ".csv";
    }

    static String advertisedName(LocalDate first, LocalDate last) {
        return "sp-advertised-product-" + span(first, last) + ".csv";
    }

    private static String span(LocalDate first, LocalDate last) {
        return first.equals(last) ? first.toString() : first + "_" + last;
    }

    /** Writes the search term report of the days; returns its rows. */
    long writeSearchTerms(LocalDate first, LocalDate last) {
        try (ConsoleCsv csv = new ConsoleCsv(inbox.resolve(searchTermName(first, last)), SearchTermReportFile.HEADER)) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                for (MarketDay.SearchTermDay row : market.day(day).searchTerms()) {
                    int t = row.target();
                    int p = account.productOf(t);
                    boolean keyword = account.keyword(t);
                    csv.row(day, List.of(portfolio(p), "USD", account.campaignName(p, keyword),
                            account.adGroupName(keyword), account.text(t), account.matchType(t), row.searchTerm()),
                            AdTotals.of(row));
                }
            }
            return csv.rows();
        }
    }

    /** Writes the advertised product report of the days and each day's Business Report and inventory file. */
    long writeAdvertisedAndRetail(LocalDate first, LocalDate last) {
        int campaigns = 2 * account.products().size();
        try (ConsoleCsv csv = new ConsoleCsv(inbox.resolve(advertisedName(first, last)),
                AdvertisedProductReportFile.HEADER)) {
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                MarketDay events = market.day(day);
                AdTotals[] byCampaign = new AdTotals[campaigns];
                for (MarketDay.SearchTermDay row : events.searchTerms()) {
                    int t = row.target();
                    int c = 2 * account.productOf(t) + (account.keyword(t) ? 0 : 1);
                    byCampaign[c] = byCampaign[c] == null ? AdTotals.of(row) : byCampaign[c].plus(AdTotals.of(row));
                }
                for (int c = 0; c < campaigns; c++) {
                    if (byCampaign[c] == null) {
                        continue;
                    }
                    int p = c / 2;
                    boolean keyword = c % 2 == 0;
                    Product product = account.products().get(p);
                    csv.row(day, List.of(portfolio(p), "USD", account.campaignName(p, keyword),
                            account.adGroupName(keyword), product.sku(), product.asin()), byCampaign[c]);
                }
                retailRows += BusinessReportFile.write(inbox, events, account.products());
                retailRows += InventoryPlanningFile.write(inbox, events, account.products());
            }
            advertisedRows = csv.rows();
            return advertisedRows + retailRows;
        }
    }

    /** The daily Business Report and inventory files of the days, in day order. */
    List<Path> retailFiles(LocalDate first, LocalDate last) {
        List<Path> files = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            MarketDay named = new MarketDay(day, List.of(), List.of(), List.of());
            files.add(inbox.resolve(BusinessReportFile.fileName(named)));
            files.add(inbox.resolve(InventoryPlanningFile.fileName(named)));
        }
        return files;
    }

    long advertisedRows() {
        return advertisedRows;
    }

    long retailRows() {
        return retailRows;
    }

    private String portfolio(int product) {
        return AccountDesign.PORTFOLIOS.get(account.portfolio(product));
    }
}
