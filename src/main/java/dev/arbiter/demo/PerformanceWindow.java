package dev.arbiter.demo;

import java.time.LocalDate;
import java.util.Arrays;

/** Sums ad totals per target, ad group and campaign over the days a bulksheet download reports on. */
final class PerformanceWindow {
    private final Account account;
    private final LocalDate firstDay;
    private final AdTotals[] byTarget;
    private final AdTotals[] byAdGroup;
    private final AdTotals[] byCampaign;

    PerformanceWindow(Account account, LocalDate lastDay, int days) {
        this.account = account;
        this.firstDay = lastDay.minusDays(days - 1L);
        this.byTarget = filled(account.targets().size());
        this.byAdGroup = filled(account.adGroups().size());
        this.byCampaign = filled(account.campaigns().size());
    }

    private static AdTotals[] filled(int size) {
        AdTotals[] totals = new AdTotals[size];
        Arrays.fill(totals, AdTotals.NONE);
        return totals;
    }

    void add(MarketDay day) {
        if (day.day().isBefore(firstDay)) {
            return;
        }
        for (MarketDay.SearchTermDay row : day.searchTerms()) {
            AdTotals totals = AdTotals.of(row);
            Account.Target target = account.targets().get(row.target());
            Account.AdGroup adGroup = account.adGroupOf(target);
            byTarget[target.index()] = byTarget[target.index()].plus(totals);
            byAdGroup[adGroup.index()] = byAdGroup[adGroup.index()].plus(totals);
            byCampaign[adGroup.campaign()] = byCampaign[adGroup.campaign()].plus(totals);
        }
    }

    AdTotals target(int target) {
        return byTarget[target];
    }

    AdTotals adGroup(int adGroup) {
        return byAdGroup[adGroup];
    }

    AdTotals campaign(int campaign) {
        return byCampaign[campaign];
    }
}
