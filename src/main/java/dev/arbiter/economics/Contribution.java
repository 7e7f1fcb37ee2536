package dev.arbiter.economics;

import dev.arbiter.model.Money;
import java.util.Currency;
import java.util.Objects;

/** Revenue and every cost down to contribution after ads (DESIGN.md, Economics), for any set of SKUs or days. */
public record Contribution(Money revenue, Money cogs, Money fees, Money returnsCost, Money adSpend) {

    public Contribution {
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(cogs, "cogs");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(returnsCost, "returnsCost");
        Objects.requireNonNull(adSpend, "adSpend");
    }

    public static Contribution zero(Currency currency) {
        Money zero = Money.zero(currency);
        return new Contribution(zero, zero, zero, zero, zero);
    }

    /** The contribution of a SKU over its window. */
    public static Contribution of(SkuEconomics sku) {
        return new Contribution(sku.revenue(), sku.cogs(), sku.fees(), sku.returnsCost(), sku.adSpend());
    }

    /** The contribution of a SKU on one day. */
    public static Contribution of(SkuDay day) {
        return new Contribution(day.revenue(), day.cogs(), day.fees(), day.returnsCost(), day.adSpend());
    }

    public Contribution plus(Contribution other) {
        return new Contribution(revenue.plus(other.revenue), cogs.plus(other.cogs), fees.plus(other.fees),
                returnsCost.plus(other.returnsCost), adSpend.plus(other.adSpend));
    }

    /** CM1: revenue − COGS − fees − returns cost. */
    public Money contributionBeforeAds() {
        return revenue.minus(cogs).minus(fees).minus(returnsCost);
    }

    /** CM2: CM1 − ad spend. */
    public Money contributionAfterAds() {
        return contributionBeforeAds().minus(adSpend);
    }

    /** CM1 / revenue, which is also the break-even ACoS; NaN without revenue. */
    public double contributionBeforeAdsPct() {
        return contributionBeforeAds().ratioTo(revenue);
    }

    /** CM2 / revenue; NaN without revenue. */
    public double contributionAfterAdsPct() {
        return contributionAfterAds().ratioTo(revenue);
    }

    /** Ad spend / revenue; NaN without revenue. */
    public double tacos() {
        return adSpend.ratioTo(revenue);
    }
}
