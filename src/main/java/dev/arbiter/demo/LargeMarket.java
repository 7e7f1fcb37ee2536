package dev.arbiter.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The cheap market behind {@code arbiter generate}: instead of the demo's causal auction per target-day, each target
 * gets impressions on a day with its own fixed chance (so most targets have no row on most days, as in real
 * reports), then clicks, orders and spend from its click-through, conversion and bid; each SKU's stock follows a
 * restock saw-tooth with stock-out days that stop its sales and its ads. A day is drawn from its own seed, so any
 * day can be generated alone (the incremental day) and two writer threads drawing the same day agree.
 */
final class LargeMarket {
    private static final List<String> TERM_TAILS = List.of("", " for sale", " near me", " on sale", " cheap", " best");

    private final LargeAccount account;
    private final long seed;
    private final LocalDate firstReportDay;
    private final int[] cycleDays;
    private final int[] phase;
    private final int[] stockOutDays;

    LargeMarket(LargeAccount account, long seed, LocalDate firstReportDay) {
        this.account = account;
        this.seed = seed;
        this.firstReportDay = firstReportDay;
        int skus = account.products().size();
        this.cycleDays = new int[skus];
        this.phase = new int[skus];
        this.stockOutDays = new int[skus];
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int p = 0; p < skus; p++) {
            cycleDays[p] = 30 + random.nextInt(60);
            phase[p] = random.nextInt(cycleDays[p]);
            stockOutDays[p] = random.nextDouble() < 0.15 ? 2 + random.nextInt(8) : 0;
        }
    }

    /** Everything that happened on {@code day}. */
    MarketDay day(LocalDate day) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + day.toEpochDay());
        int offset = (int) (day.toEpochDay() - firstReportDay.toEpochDay());
        List<Product> products = account.products();
        boolean[] inStock = new boolean[products.size()];
        List<MarketDay.InventoryDay> inventory = new ArrayList<>(products.size());
        for (Product product : products) {
            inventory.add(stock(product, day, offset, inStock));
        }
        long[] adClicks = new long[products.size()];
        long[] adUnits = new long[products.size()];
        long[] adOrders = new long[products.size()];
        long[] adSales = new long[products.size()];
        List<MarketDay.SearchTermDay> terms = new ArrayList<>();
        for (int t = 0; t < account.targets(); t++) {
            if (random.nextDouble() >= account.activity(t)) {
                continue;
            }
            int p = account.productOf(t);
            if (!inStock[p]) {
                continue;
            }
            MarketDay.SearchTermDay row = searchTerm(t, products.get(p), offset, random);
            terms.add(row);
            adClicks[p] += row.clicks();
            adUnits[p] += row.advertisedUnits();
            adOrders[p] += row.orders();
            adSales[p] += row.advertisedSalesCents();
        }
        List<MarketDay.ListingDay> listings = new ArrayList<>(products.size());
        for (Product product : products) {
            int p = product.index();
            listings.add(listing(product, offset, inStock[p], random, adClicks[p], adOrders[p], adUnits[p], adSales[p]));
        }
        return new MarketDay(day, terms, listings, inventory);
    }

    private MarketDay.SearchTermDay searchTerm(int t, Product product, int offset, SplittableRandom random) {
        long impressions = 1 + Math.round(Math.exp(3.0 + 1.5 * random.nextGaussian()));
        long clicks = Math.min(impressions, rounded(impressions * account.clickThrough(t) * 3, random));
        long cpcCents = Math.max(2, Math.round(account.bidCents(t) * (0.55 + 0.4 * random.nextDouble())));
        long orders = Math.min(clicks, rounded(clicks * product.baseConversion() * account.conversion(t), random));
        long advertisedUnits = orders + (orders > 0 && random.nextDouble() < 0.1 ? 1 : 0);
        long otherUnits = clicks > 0 && random.nextDouble() < 0.03 ? 1 : 0;
        long price = product.salePriceCents(offset);
        return new MarketDay.SearchTermDay(t, term(t, random), impressions, clicks, clicks * cpcCents, orders,
                advertisedUnits, otherUnits, advertisedUnits * price, otherUnits * price);
    }

    /** The shopper's query: the keyword itself for exact match, a longer query for phrase and broad, the ASIN. */
    private String term(int t, SplittableRandom random) {
        if (!account.keyword(t)) {
            return account.competitorAsin(t).toLowerCase(Locale.ROOT);
        }
        String text = account.text(t);
        return account.matchType(t).equals("EXACT") ? text : text + TERM_TAILS.get(random.nextInt(TERM_TAILS.size()));
    }

    private MarketDay.ListingDay listing(Product product, int offset, boolean inStock, SplittableRandom random,
            long adClicks, long adOrders, long adUnits, long adSales) {
        long organic = rounded(product.baseSessions() * (0.7 + 0.6 * random.nextDouble()), random);
        long sessions = organic + adClicks;
        long sessionsB2b = rounded(sessions * 0.04, random);
        double buyBox = product.buyBoxShare(offset);
        long orders = inStock ? rounded(organic * product.baseConversion() * buyBox, random) : 0;
        long units = orders + (orders > 0 && random.nextDouble() < 0.1 ? 1 : 0);
        long price = product.salePriceCents(offset);
        long totalUnits = units + adUnits;
        long unitsB2b = Math.min(totalUnits, rounded(totalUnits * 0.04, random));
        long ordersB2b = Math.min(unitsB2b, orders + adOrders);
        return new MarketDay.ListingDay(product.index(), sessions, sessionsB2b, Math.round(sessions * 1.3),
                Math.round(sessionsB2b * 1.3), buyBox, totalUnits, unitsB2b, orders + adOrders, ordersB2b,
                units * price + adSales, unitsB2b * price, inStock);
    }

    /** Saw-tooth stock: full after each restock, falling at the SKU's daily velocity, empty on stock-out days. */
    private MarketDay.InventoryDay stock(Product product, LocalDate day, int offset, boolean[] inStock) {
        int p = product.index();
        double velocity = product.baseSessions() * product.baseConversion() * 1.5;
        int position = (int) Math.floorMod(day.toEpochDay() + phase[p], cycleDays[p]);
        boolean out = position >= cycleDays[p] - stockOutDays[p];
        long available = out ? 0 : Math.max(1, Math.round(velocity * (cycleDays[p] - stockOutDays[p] - position) * 1.2));
        inStock[p] = !out;
        long inbound = position > cycleDays[p] / 2 ? Math.round(velocity * cycleDays[p]) : 0;
        return new MarketDay.InventoryDay(p, available, List.of(available, 0L, 0L, 0L, 0L, 0L),
                Math.round(velocity * 7), Math.round(velocity * 30), Math.round(velocity * 60),
                Math.round(velocity * 90), inbound, 0, Math.round(available * 0.02), 0, product.salePriceCents(offset));
    }

    /** Rounds up or down at random in proportion, so small expected counts keep their mean. */
    private static long rounded(double expected, SplittableRandom random) {
        long whole = (long) Math.floor(expected);
        return whole + (random.nextDouble() < expected - whole ? 1 : 0);
    }
}
