package dev.arbiter.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo brand's market, stepped one day at a time under the advertiser's settings. It starts
 * {@code warmUpDays} before the first report day so that stock, reorders and trailing sales are already in
 * motion when the files begin. A backtest can step it under a policy by passing new {@link MarketSettings}.
 */
final class Market {
    private static final double B2B_SESSION_SHARE = 0.03;
    private static final double B2B_UNIT_SHARE = 0.04;

    private final long seed;
    private final List<Product> products;
    private final LocalDate firstSimulatedDay;
    private final int warmUpDays;
    private final List<Stock> stocks = new ArrayList<>();
    private final Replenishment replenishment;
    private final AdDelivery adDelivery;
    private final long[][] adUnitsByDay;
    private int nextDay;

    Market(long seed, List<Product> products, Account account, LocalDate firstReportDay, int reportDays, int warmUpDays) {
        this.seed = seed;
        this.products = List.copyOf(products);
        this.warmUpDays = warmUpDays;
        this.firstSimulatedDay = firstReportDay.minusDays(warmUpDays);
        int simulationDays = warmUpDays + reportDays;
        this.replenishment = new Replenishment(simulationDays);
        for (Product product : products) {
            long opening = replenishment.openingStock(product, ShopperResponse.plannedVelocity(product));
            int arrival = product.stockProfile() == StockProfile.CLEARANCE
                    ? -(150 + product.index() * 37 % 250)
                    : -(product.index() % 40);
            stocks.add(new Stock(simulationDays, opening, arrival));
        }
        this.adDelivery = new AdDelivery(seed, account, this.products, stocks);
        this.adUnitsByDay = new long[products.size()][simulationDays];
    }

    LocalDate firstSimulatedDay() {
        return firstSimulatedDay;
    }

    /** Simulates the next day; days must come in order, starting with {@link #firstSimulatedDay()}. */
    MarketDay simulateDay(LocalDate day, MarketSettings settings) {
        int index = (int) ChronoUnit.DAYS.between(firstSimulatedDay, day);
        if (index != nextDay) {
            throw new IllegalStateException("the market is at " + firstSimulatedDay.plusDays(nextDay) + ", not " + day);
        }
        int offset = index - warmUpDays;
        DayTally tally = new DayTally(products.size());
        for (Product product : products) {
            Stock stock = stocks.get(product.index());
            stock.receive(index);
            replenishment.review(product, stock, index, ShopperResponse.plannedVelocity(product));
            tally.inStock[product.index()] = stock.available() > 0;
        }
        double season = ShopperResponse.season(day);
        List<MarketDay.SearchTermDay> searchTerms = adDelivery.serve(index, offset, season, settings, tally);
        List<MarketDay.ListingDay> listings = new ArrayList<>();
        List<MarketDay.InventoryDay> inventory = new ArrayList<>();
        for (Product product : products) {
            MarketDay.ListingDay listing = shop(product, index, offset, season, tally);
            listings.add(listing);
            inventory.add(snapshot(product, index, offset, listing));
        }
        nextDay++;
        return new MarketDay(day, searchTerms, listings, inventory);
    }

    /** Organic shoppers visit and buy; ad clicks are sessions too; ad sales of the last week lift organic traffic. */
    private MarketDay.ListingDay shop(Product product, int day, int offset, double season, DayTally tally) {
        int p = product.index();
        Chance chance = Chance.of(seed, 2_000_000L + p, day);
        boolean inStock = tally.inStock[p];
        double buyBox = inStock ? product.buyBoxShare(offset) : 0.0;
        long recentAdUnits = 0;
        for (int d = Math.max(0, day - 7); d < day; d++) {
            recentAdUnits += adUnitsByDay[p][d];
        }
        double lift = 1 + Math.min(0.3, 0.02 * recentAdUnits);
        double meanSessions = product.baseSessions() * season * Math.pow(product.rating(offset) / 4.3, 2) * lift * (inStock ? 1.0 : 0.55);
        long organicSessions = chance.poisson(meanSessions);
        long planned = Math.min(organicSessions, chance.poisson(organicSessions * ShopperResponse.organicConversion(product, offset, buyBox)));
        boolean secondUnit = chance.uniform() < 0.12;
        long organicUnits = stocks.get(p).take(planned + (planned > 0 && secondUnit ? 1 : 0), day);
        long organicOrders = Math.min(planned, organicUnits);
        adUnitsByDay[p][day] = tally.adUnits[p];

        long sessions = organicSessions + tally.adClicks[p];
        long pageViews = sessions + chance.poisson(sessions * 0.35);
        long units = organicUnits + tally.adUnits[p] + tally.haloUnits[p];
        long orders = organicOrders + tally.adOrders[p] + tally.haloOrders[p];
        long price = product.salePriceCents(offset);
        long sales = organicUnits * price + tally.adSalesCents[p] + tally.haloSalesCents[p];
        long sessionsB2b = Math.min(sessions, chance.poisson(sessions * B2B_SESSION_SHARE));
        long pageViewsB2b = Math.min(pageViews, sessionsB2b + chance.poisson(sessionsB2b * 0.3));
        long unitsB2b = Math.min(units, chance.poisson(units * B2B_UNIT_SHARE));
        long ordersB2b = Math.min(orders, unitsB2b);
        return new MarketDay.ListingDay(p, sessions, sessionsB2b, pageViews, pageViewsB2b, buyBox, units, unitsB2b,
                orders, ordersB2b, sales, unitsB2b * price, inStock);
    }

    private MarketDay.InventoryDay snapshot(Product product, int day, int offset, MarketDay.ListingDay listing) {
        Stock stock = stocks.get(product.index());
        List<Long> ages = new ArrayList<>();
        for (long units : stock.ageBuckets(day)) {
            ages.add(units);
        }
        return new MarketDay.InventoryDay(
                product.index(),
                stock.available(),
                ages,
                stock.soldInLast(7, day),
                stock.soldInLast(30, day),
                stock.soldInLast(60, day),
                stock.soldInLast(90, day),
                stock.inboundWorking(day),
                stock.inboundShipped(day),
                listing.units(),
                product.index() * 7L % 5,
                product.salePriceCents(offset));
    }
}
