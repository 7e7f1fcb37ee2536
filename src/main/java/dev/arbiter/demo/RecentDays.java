package dev.arbiter.demo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The last few simulated days a backtest policy may look at, as the reports would show them: ad totals per target
 * and campaign, listing totals per SKU, and each SKU's stock at the end of the latest day.
 */
final class RecentDays {
    private final int capacity;
    private final Account account;
    private final List<Product> products;
    private final Deque<MarketDay> days = new ArrayDeque<>();

    RecentDays(int capacity, Account account, List<Product> products) {
        this.capacity = capacity;
        this.account = account;
        this.products = List.copyOf(products);
    }

    void add(MarketDay day) {
        days.addLast(day);
        if (days.size() > capacity) {
            days.removeFirst();
        }
    }

    int size() {
        return days.size();
    }

    MarketDay latest() {
        return days.getLast();
    }

    MarketDay earliest() {
        return days.getFirst();
    }

    /** The days held, oldest first. */
    List<MarketDay> days() {
        return List.copyOf(days);
    }

    /** Ad totals of every target, indexed by target. */
    AdTotals[] byTarget() {
        AdTotals[] totals = new AdTotals[account.targets().size()];
        java.util.Arrays.fill(totals, AdTotals.NONE);
        for (MarketDay day : days) {
            for (MarketDay.SearchTermDay row : day.searchTerms()) {
                totals[row.target()] = totals[row.target()].plus(AdTotals.of(row));
            }
        }
        return totals;
    }

    /** Ad totals of every campaign, indexed by campaign. */
    AdTotals[] byCampaign() {
        AdTotals[] targets = byTarget();
        AdTotals[] totals = new AdTotals[account.campaigns().size()];
        java.util.Arrays.fill(totals, AdTotals.NONE);
        for (Account.Target target : account.targets()) {
            int campaign = account.adGroupOf(target).campaign();
            totals[campaign] = totals[campaign].plus(targets[target.index()]);
        }
        return totals;
    }

    /** Each recent day's ad totals of every campaign, indexed by campaign, in day order. */
    java.util.Map<java.time.LocalDate, AdTotals[]> byCampaignAndDay() {
        java.util.Map<java.time.LocalDate, AdTotals[]> byDay = new java.util.TreeMap<>();
        for (MarketDay day : days) {
            AdTotals[] totals = new AdTotals[account.campaigns().size()];
            java.util.Arrays.fill(totals, AdTotals.NONE);
            for (MarketDay.SearchTermDay row : day.searchTerms()) {
                int campaign = account.adGroupOf(account.targets().get(row.target())).campaign();
                totals[campaign] = totals[campaign].plus(AdTotals.of(row));
            }
            byDay.put(day.day(), totals);
        }
        return byDay;
    }

    /** Ad totals of every SKU, indexed by product. */
    AdTotals[] byProduct() {
        AdTotals[] targets = byTarget();
        AdTotals[] totals = new AdTotals[products.size()];
        java.util.Arrays.fill(totals, AdTotals.NONE);
        for (Account.Target target : account.targets()) {
            int product = account.adGroupOf(target).product();
            totals[product] = totals[product].plus(targets[target.index()]);
        }
        return totals;
    }

    /** One SKU's shelf over the window: what it sold, what that cost, and how often it could sell. */
    record Shelf(long units, long sessions, long revenueCents, long cogsCents, long feesCents, int inStockDays,
            double buyBoxSessions) {}

    Shelf shelf(Product product) {
        long units = 0;
        long sessions = 0;
        long revenue = 0;
        long fees = 0;
        int inStock = 0;
        double buyBox = 0;
        for (MarketDay day : days) {
            MarketDay.ListingDay listing = day.listings().get(product.index());
            long price = day.inventory().get(product.index()).salePriceCents();
            units += listing.units();
            sessions += listing.sessions();
            revenue += listing.salesCents();
            fees += listing.units() * (product.fulfilmentFeeCents() + product.referralFeeCents(price));
            inStock += listing.inStock() ? 1 : 0;
            buyBox += listing.buyBoxShare() * listing.sessions();
        }
        return new Shelf(units, sessions, revenue, units * product.unitCostCents(), fees, inStock, buyBox);
    }
}
