package dev.arbiter.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiloedPolicyTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static Account.Target target(int index, long bidCents) {
        return new Account.Target(index, "10000000000000" + index, 0, TargetKind.EXACT, "garlic press " + index,
                bidCents, 1.0, 0.5, true, List.of(new Account.SearchTerm("garlic press", 1.0, 1)));
    }

    private static Account account(long budgetCents, Account.Target... targets) {
        return new Account(
                List.of(new Account.Portfolio(0, "1", "Kitchen", 100_000)),
                List.of(new Account.Campaign(0, "2", "Garlic Press - Exact", 0, false, budgetCents, -100, true)),
                List.of(new Account.AdGroup(0, "3", "Garlic Press", 0, 0, "4", 100)),
                List.of(targets));
    }

    private static MarketDay.SearchTermDay row(int target, long clicks, long spendCents, long salesCents) {
        return new MarketDay.SearchTermDay(target, "garlic press", clicks * 20, clicks, spendCents, salesCents > 0 ? 1 : 0,
                salesCents > 0 ? 1 : 0, 0, salesCents, 0);
    }

    private static RecentDays twoDays(Account account, List<MarketDay.SearchTermDay> first, List<MarketDay.SearchTermDay> second) {
        RecentDays recent = new RecentDays(14, account, List.of());
        recent.add(new MarketDay(DAY, first, List.of(), List.of()));
        recent.add(new MarketDay(DAY.plusDays(1), second, List.of(), List.of()));
        return recent;
    }

    @Test
    void bids_follow_roas_against_the_target_within_half_a_step() {
        // A: 24000 / 4000 = ROAS 6, × 6 / 4 = 1.5 → 150; B: 6000 / 3000 = ROAS 2, × 0.5 → 50;
        // C: 25 clicks without sales, × 0.7 → 56; D: 10 clicks, too few to judge, stays 90
        Account account = account(100_000, target(0, 100), target(1, 100), target(2, 80), target(3, 90));
        RecentDays recent = twoDays(account,
                List.of(row(0, 20, 2000, 12000), row(1, 15, 1500, 3000), row(2, 25, 2500, 0)),
                List.of(row(0, 20, 2000, 12000), row(1, 15, 1500, 3000), row(3, 10, 1000, 0)));
        MarketSettings next = new SiloedPolicy(account).review(recent, MarketSettings.of(account));
        assertEquals(List.of(150L, 50L, 56L, 90L),
                List.of(next.bidCents(0), next.bidCents(1), next.bidCents(2), next.bidCents(3)));
    }

    @Test
    void a_campaign_beating_the_target_roas_on_its_whole_budget_gets_a_quarter_more() {
        // spend 2 × 1900 = 3800 ≥ 0.9 × 2000 × 2 = 3600, ROAS 16000 / 3800 = 4.2 ≥ 4: budget 2000 → 2500
        Account account = account(2000, target(0, 100));
        RecentDays recent = twoDays(account, List.of(row(0, 19, 1900, 8000)), List.of(row(0, 19, 1900, 8000)));
        MarketSettings next = new SiloedPolicy(account).review(recent, MarketSettings.of(account));
        assertEquals(2500, next.budgetCents(0));
    }

    @Test
    void a_campaign_with_budget_left_over_keeps_its_budget() {
        // spend 3000 < 3600: the budget does not limit it, however good its ROAS
        Account account = account(2000, target(0, 100));
        RecentDays recent = twoDays(account, List.of(row(0, 15, 1500, 8000)), List.of(row(0, 15, 1500, 8000)));
        assertEquals(2000, new SiloedPolicy(account).review(recent, MarketSettings.of(account)).budgetCents(0));
    }
}
