package dev.arbiter.decide;

import dev.arbiter.economics.SkuDay;
import dev.arbiter.model.Money;
import dev.arbiter.model.Sku;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-built daily histories of one SKU: a list price, a promotion price on chosen days, units from an elasticity. */
final class PriceHistories {
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5); // a Monday

    private PriceHistories() {}

    /**
     * {@code days} days at {@code listPrice}, at {@code promotionPrice} on every {@code promotionEvery}-th day, selling
     * {@code baseUnits × (price / listPrice)^elasticity × weekday factor} units (Saturdays and Sundays sell 30 % more),
     * rounded to whole units.
     */
    static List<SkuDay> history(String sku, int days, String listPrice, String promotionPrice, int promotionEvery,
            double baseUnits, double elasticity) {
        List<SkuDay> history = new ArrayList<>();
        BigDecimal list = new BigDecimal(listPrice);
        for (int i = 0; i < days; i++) {
            LocalDate day = FIRST_DAY.plusDays(i);
            BigDecimal price = i % promotionEvery == promotionEvery - 1 ? new BigDecimal(promotionPrice) : list;
            double weekday = day.getDayOfWeek().getValue() >= 6 ? 1.3 : 1.0;
            long units = Math.round(baseUnits * Math.pow(price.doubleValue() / list.doubleValue(), elasticity) * weekday);
            history.add(day(sku, day, units, price.multiply(BigDecimal.valueOf(units))));
        }
        return history;
    }

    static SkuDay day(String sku, LocalDate day, long units, BigDecimal revenue) {
        Money zero = usd(BigDecimal.ZERO);
        return new SkuDay(day, new Sku(sku), "Kitchen", units, units * 10, 1.0, usd(revenue), zero, zero, zero, zero,
                zero, 100);
    }

    private static Money usd(BigDecimal amount) {
        return Money.of(amount, java.util.Currency.getInstance("USD"));
    }
}
