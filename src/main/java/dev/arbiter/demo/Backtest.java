package dev.arbiter.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * Runs the demo brand's market twice from the same seed, once under Arbiter's policy and once under a siloed
 * ROAS-chasing policy, and sums what each earned. Both start from the same account after the same warm-up; each
 * reviews the account every seven days on the last fourteen days, as a weekly report cycle would. Because the
 * market draws every random number from streams keyed by seed, SKU or target and day, both policies meet the same
 * shoppers: the difference in outcome is the difference in decisions.
 */
public final class Backtest {
    /** The first backtest day; the market warms up for {@link DemoBrand#WARM_UP_DAYS} days before it. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);

    static final int REVIEW_EVERY_DAYS = 7;
    static final int LOOKBACK_DAYS = 14;
    static final int MIN_DAYS = 7;
    static final int MAX_DAYS = 365;

    private final long seed;
    private final int skus;

    Backtest(long seed, int skus) {
        this.seed = seed;
        this.skus = skus;
    }

    /** The backtest of the demo brand drawn from this seed, with its usual assortment. */
    public static Backtest of(long seed) {
        return new Backtest(seed, DemoBrand.DEFAULT_SKUS);
    }

    /** Arbiter's result, then the siloed policy's, over {@code days} simulated days. */
    public List<BacktestResult> run(int days) {
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new IllegalArgumentException(
                    "a backtest runs between " + MIN_DAYS + " and " + MAX_DAYS + " days, not " + days);
        }
        DemoBrand.Brand brand = new DemoBrand(seed, skus).brand(days);
        return List.of(
                run(brand, days, new ArbiterPolicy(brand.account(), brand.products())),
                run(brand, days, new SiloedPolicy(brand.account())));
    }

    private BacktestResult run(DemoBrand.Brand brand, int days, BacktestPolicy policy) {
        Market market = new Market(seed, brand.products(), brand.account(), FIRST_DAY, days, DemoBrand.WARM_UP_DAYS);
        MarketSettings settings = MarketSettings.of(brand.account());
        RecentDays recent = new RecentDays(LOOKBACK_DAYS, brand.account(), brand.products());
        Ledger ledger = new Ledger(brand.products());
        LocalDate day = market.firstSimulatedDay();
        for (int index = 0; index < DemoBrand.WARM_UP_DAYS + days; index++, day = day.plusDays(1)) {
            int offset = index - DemoBrand.WARM_UP_DAYS;
            if (offset >= 0 && offset % REVIEW_EVERY_DAYS == 0) {
                settings = policy.review(recent, settings);
            }
            MarketDay events = market.simulateDay(day, settings);
            recent.add(events);
            if (offset >= 0) {
                ledger.add(events);
            }
        }
        return ledger.result(policy.name());
    }

    /** Running totals of the backtest days: what shoppers paid, what goods, fees and ads cost, days out of stock. */
    private static final class Ledger {
        private final List<Product> products;
        private long revenue;
        private long costs;
        private long adSpend;
        private long stockoutDays;

        Ledger(List<Product> products) {
            this.products = products;
        }

        void add(MarketDay day) {
            for (Product product : products) {
                MarketDay.ListingDay listing = day.listings().get(product.index());
                long price = day.inventory().get(product.index()).salePriceCents();
                revenue += listing.salesCents();
                costs += listing.units()
                        * (product.unitCostCents() + product.fulfilmentFeeCents() + product.referralFeeCents(price));
                stockoutDays += listing.inStock() ? 0 : 1;
            }
            for (MarketDay.SearchTermDay row : day.searchTerms()) {
                adSpend += row.spendCents();
            }
        }

        BacktestResult result(String policy) {
            return new BacktestResult(policy, revenue - costs - adSpend, adSpend, revenue, stockoutDays);
        }
    }
}
