package dev.arbiter.decide;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Money;
import dev.arbiter.model.Objective;
import dev.arbiter.model.Sku;
import java.time.LocalDate;

/**
 * Named SKU economics for proposer tests. The default is a profit SKU over 30 days: revenue 1000.00, COGS 300.00,
 * fees 250.00, so CM1 450.00 and break-even ACoS 0.45; 60 units (2 a day), 600 sessions, 100 available.
 */
final class Skus {
    static final DateRange WINDOW = new DateRange(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 30));

    private String sku = "GP-01";
    private Objective objective = Objective.PROFIT;
    private int leadTimeDays = 30;
    private String revenue = "1000.00";
    private String adSpend = "150.00";
    private long units = 60;
    private long sessions = 600;
    private double buyBox = 0.95;
    private long available = 100;
    private long inbound = 0;
    private double unitsPerDay = 2.0;
    private String unitCost = "5.00";

    static Skus aProfitSku(String sku) {
        Skus builder = new Skus();
        builder.sku = sku;
        return builder;
    }

    Skus objective(Objective value) {
        objective = value;
        return this;
    }

    Skus leadTimeDays(int value) {
        leadTimeDays = value;
        return this;
    }

    Skus withoutSales() {
        revenue = "0.00";
        units = 0;
        unitsPerDay = 0;
        return this;
    }

    Skus sessions(long value) {
        sessions = value;
        return this;
    }

    Skus stock(long availableUnits, long inboundUnits) {
        available = availableUnits;
        inbound = inboundUnits;
        return this;
    }

    Skus unitsPerDay(double value) {
        unitsPerDay = value;
        return this;
    }

    Skus buyBox(double value) {
        buyBox = value;
        return this;
    }

    Skus adSpend(String value) {
        adSpend = value;
        return this;
    }

    SkuEconomics build() {
        double cover = unitsPerDay > 0 ? available / unitsPerDay : Double.POSITIVE_INFINITY;
        boolean sold = !revenue.equals("0.00");
        return new SkuEconomics(
                new Sku(sku), "B0TEST0001", "Garlic press", "Kitchen", objective, "Acme Tools", leadTimeDays,
                usd(unitCost), WINDOW, units, sessions, usd(revenue), usd(sold ? "300.00" : "0.00"),
                usd(sold ? "250.00" : "0.00"), usd("0.00"), usd(adSpend), usd("400.00"), buyBox, 1.0, available,
                inbound, unitsPerDay, cover, usd("16.67"));
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
