package dev.arbiter.govern;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Money;
import dev.arbiter.model.Objective;
import dev.arbiter.model.Sku;
import java.time.LocalDate;

/**
 * Named SKUs for governance tests. The default sells 10,000.00 over 28 days with cogs 4,000, fees 3,000 and ad spend
 * 1,000: CM1 3,000 (30 %), CM2 2,000 (20 %).
 */
final class Skus {
    private Objective objective = Objective.PROFIT;
    private String revenue = "10000.00";
    private String adSpend = "1000.00";
    private double daysOfCover = 30;

    private Skus() {}

    static Skus aProfitableSku() {
        return new Skus();
    }

    /** Ad spend 2,800: CM2 200, 2 % of revenue, below the 5 % margin floor. */
    static Skus aThinMarginSku() {
        return new Skus().adSpend("2800.00");
    }

    Skus objective(Objective value) {
        this.objective = value;
        return this;
    }

    Skus adSpend(String value) {
        this.adSpend = value;
        return this;
    }

    Skus revenue(String value) {
        this.revenue = value;
        return this;
    }

    Skus daysOfCover(double value) {
        this.daysOfCover = value;
        return this;
    }

    SkuEconomics build() {
        DateRange window = DateRange.endingOn(LocalDate.of(2026, 11, 20), 28);
        return new SkuEconomics(new Sku("GP-01"), "B0TESTGP01", "Garden pump", "Garden", objective, "Acme", 30,
                usd("8.00"), window, 500, 4000, usd(revenue), usd("4000.00"), usd("3000.00"), usd("0"), usd(adSpend),
                usd("4000.00"), 0.95, 1.0, 300, 0, 10, daysOfCover, usd("20.00"));
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
