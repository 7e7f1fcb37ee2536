package dev.arbiter.demo;

/**
 * How the brand has been reordering, by stock profile: on its review day, order up to the velocity of the last
 * 30 days times (twice the lead time + 30 days: one lead time on order, one on the shelf as safety, a month of
 * cycle stock) times the profile's factor. The shortfalls and excesses in the files come
 * from these habits, not from scripted stock levels.
 */
final class Replenishment {
    private final int simulationDays;

    Replenishment(int simulationDays) {
        this.simulationDays = simulationDays;
    }

    /** Units a SKU starts the simulation with, given its planning velocity (units a day). */
    long openingStock(Product product, double plannedVelocity) {
        if (product.stockProfile() == StockProfile.CLEARANCE) {
            return Math.round(plannedVelocity * 500);
        }
        return Math.round(plannedVelocity * (product.leadTimeDays() + 30) * Math.max(0.7, product.stockProfile().orderFactor()));
    }

    /** Places today's order, if the profile's habits call for one. */
    void review(Product product, Stock stock, int day, double plannedVelocity) {
        StockProfile profile = product.stockProfile();
        if (profile.reviewEveryDays() == 0 || day % profile.reviewEveryDays() != product.index() % profile.reviewEveryDays()) {
            return;
        }
        if (day > simulationDays - profile.stopsOrderingDaysBeforeEnd()) {
            return;
        }
        // Never below half the plan: a SKU that sold nothing because it was out of stock still has demand.
        double velocity = Math.max(0.5 * plannedVelocity, day >= 30 ? stock.soldInLast(30, day - 1) / 30.0 : plannedVelocity);
        double target = velocity * (2 * product.leadTimeDays() + 30) * profile.orderFactor();
        long position = stock.available() + stock.onOrder();
        if (position < target) {
            stock.order(day, day + product.leadTimeDays(), Math.round(Math.ceil(target - position)));
        }
    }
}
