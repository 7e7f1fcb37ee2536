package dev.arbiter.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Causal sanity checks: each would fail on noise that ignores stock, bids or budgets. */
class MarketTest {
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    static final int DAYS = 60;

    /** The report window of a brand stepped under fixed settings (the warm-up days are dropped). */
    record Run(DemoBrand.Brand brand, List<MarketDay> days) {}

    static Run run(int skus, UnaryOperator<MarketSettings> policy) {
        DemoBrand demo = new DemoBrand(3, skus);
        DemoBrand.Brand brand = demo.brand(DAYS);
        Market market = new Market(demo.seed(), brand.products(), brand.account(), FIRST_DAY, DAYS, DemoBrand.WARM_UP_DAYS);
        MarketSettings settings = policy.apply(MarketSettings.of(brand.account()));
        List<MarketDay> days = new ArrayList<>();
        for (LocalDate day = market.firstSimulatedDay(); day.isBefore(FIRST_DAY.plusDays(DAYS)); day = day.plusDays(1)) {
            MarketDay events = market.simulateDay(day, settings);
            if (!day.isBefore(FIRST_DAY)) {
                days.add(events);
            }
        }
        return new Run(brand, days);
    }

    @Test
    void a_sku_gets_no_ad_delivery_on_days_it_starts_out_of_stock() {
        Run run = run(40, settings -> settings);
        Account account = run.brand().account();

        int stockOutDays = 0;
        for (MarketDay day : run.days()) {
            for (MarketDay.SearchTermDay row : day.searchTerms()) {
                int product = account.adGroupOf(account.targets().get(row.target())).product();
                assertTrue(day.listings().get(product).inStock(), day.day() + " " + row);
            }
            for (MarketDay.ListingDay listing : day.listings()) {
                if (!listing.inStock()) {
                    stockOutDays++;
                    assertEquals(0, listing.units(), "nothing sells from an empty shelf");
                    assertEquals(0.0, listing.buyBoxShare());
                }
            }
        }
        assertTrue(stockOutDays > 0, "the brand must stock out somewhere for this test to mean anything");
    }

    @Test
    void raising_one_bid_buys_that_target_more_impressions() {
        Account.Target target = run(20, s -> s).brand().account().targets().get(0);
        int campaign = run(20, s -> s).brand().account().adGroups().get(target.adGroup()).campaign();
        UnaryOperator<MarketSettings> unlimited = s -> s.withBudget(campaign, 1_000_000);

        long before = impressions(run(20, unlimited), target.index());
        long after = impressions(run(20, s -> unlimited.apply(s).withBid(target.index(), target.bidCents() * 2)), target.index());

        assertTrue(after > before, before + " -> " + after);
        assertTrue(after < 2 * before, "diminishing returns: " + before + " -> " + after);
    }

    @Test
    void a_campaign_never_spends_more_than_its_daily_budget_and_some_are_capped() {
        Run run = run(20, s -> s);
        Account account = run.brand().account();

        int capped = 0;
        for (MarketDay day : run.days()) {
            long[] spend = new long[account.campaigns().size()];
            for (MarketDay.SearchTermDay row : day.searchTerms()) {
                spend[account.adGroupOf(account.targets().get(row.target())).campaign()] += row.spendCents();
            }
            for (Account.Campaign campaign : account.campaigns()) {
                assertTrue(spend[campaign.index()] <= campaign.dailyBudgetCents(), campaign.name() + " on " + day.day());
                capped += spend[campaign.index()] >= campaign.dailyBudgetCents() * 0.9 ? 1 : 0;
            }
        }
        assertTrue(capped > 0, "no campaign ever reached its budget");
    }

    @Test
    void a_paused_campaign_spends_nothing() {
        Run running = run(20, s -> s);
        int campaign = running.brand().account().adGroupOf(running.brand().account().targets().get(0)).campaign();

        Run paused = run(20, s -> s.withCampaignEnabled(campaign, false));

        assertTrue(spend(running, campaign) > 0);
        assertEquals(0, spend(paused, campaign));
    }

    @Test
    void a_click_never_costs_more_than_the_bid() {
        Run run = run(20, s -> s);

        for (MarketDay day : run.days()) {
            for (MarketDay.SearchTermDay row : day.searchTerms()) {
                long bid = run.brand().account().targets().get(row.target()).bidCents();
                assertTrue(row.spendCents() <= row.clicks() * bid, row.toString());
            }
        }
    }

    @Test
    void irrelevant_search_terms_spend_but_convert_far_less_than_relevant_ones() {
        Run run = run(40, s -> s);
        long[] irrelevant = new long[3];
        long[] relevant = new long[3];

        for (MarketDay day : run.days()) {
            for (MarketDay.SearchTermDay row : day.searchTerms()) {
                Account.Target target = run.brand().account().targets().get(row.target());
                double relevance = target.searchTerms().stream()
                        .filter(t -> t.text().equals(row.searchTerm())).findFirst().orElseThrow().relevance();
                long[] sums = relevance <= 0.02 ? irrelevant : relevance >= 0.9 ? relevant : new long[3];
                sums[0] += row.spendCents();
                sums[1] += row.clicks();
                sums[2] += row.orders();
            }
        }
        assertTrue(irrelevant[0] > 0, "irrelevant terms spend");
        double irrelevantRate = irrelevant[2] / (double) irrelevant[1];
        double relevantRate = relevant[2] / (double) relevant[1];
        assertTrue(irrelevantRate * 10 < relevantRate, irrelevantRate + " vs " + relevantRate);
    }

    @Test
    void days_must_be_simulated_in_order() {
        DemoBrand demo = new DemoBrand(3, 5);
        DemoBrand.Brand brand = demo.brand(DAYS);
        Market market = new Market(3, brand.products(), brand.account(), FIRST_DAY, DAYS, 0);

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> market.simulateDay(FIRST_DAY.plusDays(1), MarketSettings.of(brand.account())));

        assertEquals("the market is at 2026-01-01, not 2026-01-02", error.getMessage());
    }

    @Test
    void after_ninety_days_some_skus_are_out_some_below_lead_time_and_some_overstocked() {
        DemoBrand demo = new DemoBrand(3, DemoBrand.DEFAULT_SKUS);
        DemoBrand.Brand brand = demo.brand(90);
        Market market = new Market(3, brand.products(), brand.account(), FIRST_DAY, 90, DemoBrand.WARM_UP_DAYS);
        MarketSettings settings = MarketSettings.of(brand.account());
        MarketDay last = null;
        for (LocalDate day = market.firstSimulatedDay(); day.isBefore(FIRST_DAY.plusDays(90)); day = day.plusDays(1)) {
            last = market.simulateDay(day, settings);
        }

        int out = 0;
        int belowLeadTime = 0;
        int overstocked = 0;
        for (MarketDay.InventoryDay stock : last.inventory()) {
            double velocity = stock.shippedLast30() / 30.0;
            double cover = velocity > 0 ? stock.available() / velocity : Double.POSITIVE_INFINITY;
            out += stock.available() == 0 ? 1 : 0;
            belowLeadTime += stock.available() > 0 && cover < brand.products().get(stock.product()).leadTimeDays() ? 1 : 0;
            overstocked += cover > 180 ? 1 : 0;
        }
        assertTrue(out + belowLeadTime >= 5, "out " + out + ", below lead time " + belowLeadTime);
        assertTrue(overstocked >= 5, "overstocked " + overstocked);
        assertTrue(out + belowLeadTime + overstocked < 60, "most SKUs are healthy");
    }

    @Test
    void some_targets_earn_far_below_their_break_even_acos_and_some_far_above() {
        Run run = run(DemoBrand.DEFAULT_SKUS, s -> s);
        Account account = run.brand().account();
        long[] spend = new long[account.targets().size()];
        long[] sales = new long[account.targets().size()];
        long[] clicks = new long[account.targets().size()];
        for (MarketDay day : run.days()) {
            for (MarketDay.SearchTermDay row : day.searchTerms()) {
                spend[row.target()] += row.spendCents();
                sales[row.target()] += row.salesCents();
                clicks[row.target()] += row.clicks();
            }
        }

        int wellBelow = 0;
        int wellAbove = 0;
        for (Account.Target target : account.targets()) {
            if (clicks[target.index()] < 20) {
                continue;
            }
            Product product = run.brand().products().get(account.adGroupOf(target).product());
            long price = product.priceCents();
            double breakEven = 1.0 - (product.unitCostCents() + product.referralFeeCents(price) + product.fulfilmentFeeCents())
                    / (double) price;
            double acos = sales[target.index()] == 0 ? Double.POSITIVE_INFINITY : spend[target.index()] / (double) sales[target.index()];
            wellBelow += acos < 0.5 * breakEven ? 1 : 0;
            wellAbove += acos > 1.5 * breakEven ? 1 : 0;
        }
        assertTrue(wellBelow >= 20, "targets far below break-even: " + wellBelow);
        assertTrue(wellAbove >= 20, "targets far above break-even: " + wellAbove);
    }

    private static long impressions(Run run, int target) {
        long sum = 0;
        for (MarketDay day : run.days()) {
            for (MarketDay.SearchTermDay row : day.searchTerms()) {
                sum += row.target() == target ? row.impressions() : 0;
            }
        }
        return sum;
    }

    private static long spend(Run run, int campaign) {
        long sum = 0;
        for (MarketDay day : run.days()) {
            for (MarketDay.SearchTermDay row : day.searchTerms()) {
                Account account = run.brand().account();
                sum += account.adGroupOf(account.targets().get(row.target())).campaign() == campaign ? row.spendCents() : 0;
            }
        }
        return sum;
    }
}
