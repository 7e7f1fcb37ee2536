package dev.arbiter.demo;

/** Per-SKU counters of one simulated day, shared by the ad side and the shelf side of the market. */
final class DayTally {
    final boolean[] inStock;
    final long[] adClicks;
    final long[] adOrders;
    final long[] adUnits;
    final long[] adSalesCents;
    final long[] haloOrders;
    final long[] haloUnits;
    final long[] haloSalesCents;

    DayTally(int products) {
        inStock = new boolean[products];
        adClicks = new long[products];
        adOrders = new long[products];
        adUnits = new long[products];
        adSalesCents = new long[products];
        haloOrders = new long[products];
        haloUnits = new long[products];
        haloSalesCents = new long[products];
    }
}
