package dev.arbiter.insights;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.Figure;
import dev.arbiter.model.Money;
import dev.arbiter.model.Objective;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where retail and media pull apart (seed 001): ads buying traffic for SKUs whose availability is fragile, launch
 * and growth SKUs the media plan leaves without spend, and low-margin SKUs taking a larger share of ad spend than
 * of revenue. Each conflict becomes an {@link Alert} with its numbers.
 */
public final class RetailMediaConflicts {
    static final String FRAGILE = "media_on_fragile_stock";
    static final String UNSUPPORTED = "strategic_sku_without_media";
    static final String LOW_MARGIN = "low_margin_absorbs_spend";

    /**
     * When a conflict is called.
     *
     * @param minInStockRate availability is fragile below this share of in-stock days
     * @param minBuyBox availability is fragile below this Buy Box share
     * @param lowMargin a SKU is low-margin below this contribution margin before ads (CM1 / revenue)
     * @param spendOverRevenueShare a low-margin SKU absorbs spend when its share of ad spend is at least this
     *     multiple of its share of revenue
     */
    public record Settings(double minInStockRate, double minBuyBox, double lowMargin, double spendOverRevenueShare) {
        public static Settings defaults() {
            return new Settings(0.90, 0.80, 0.15, 1.5);
        }
    }

    private final Settings settings;

    public RetailMediaConflicts(Settings settings) {
        this.settings = settings;
    }

    /** Every conflict in these SKUs' economics, SKU by SKU in their order. */
    public List<Alert> find(List<SkuEconomics> skus) {
        Money totalSpend = null;
        Money totalRevenue = null;
        for (SkuEconomics sku : skus) {
            totalSpend = totalSpend == null ? sku.adSpend() : totalSpend.plus(sku.adSpend());
            totalRevenue = totalRevenue == null ? sku.revenue() : totalRevenue.plus(sku.revenue());
        }
        List<Alert> alerts = new ArrayList<>();
        for (SkuEconomics sku : skus) {
            fragile(sku).ifPresent(alerts::add);
            unsupported(sku).ifPresent(alerts::add);
            if (totalSpend != null && totalSpend.amount().signum() > 0 && totalRevenue.amount().signum() > 0) {
                lowMargin(sku, sku.adSpend().ratioTo(totalSpend), sku.revenue().ratioTo(totalRevenue)).ifPresent(alerts::add);
            }
        }
        return alerts;
    }

    private Optional<Alert> fragile(SkuEconomics sku) {
        if (sku.adSpend().amount().signum() <= 0) {
            return Optional.empty();
        }
        double coverWithInbound = sku.unitsPerDay() > 0
                ? (sku.available() + sku.inbound()) / sku.unitsPerDay()
                : Double.POSITIVE_INFINITY;
        List<String> reasons = new ArrayList<>();
        if (coverWithInbound < sku.leadTimeDays()) {
            reasons.add(String.format(Locale.ROOT, "%.1f days of cover with inbound against a %d-day lead time",
                    coverWithInbound, sku.leadTimeDays()));
        }
        if (sku.inStockRate() < settings.minInStockRate()) {
            reasons.add(String.format(Locale.ROOT, "in stock %.0f %% of the days", sku.inStockRate() * 100));
        }
        if (sku.buyBoxPct() < settings.minBuyBox()) {
            reasons.add(String.format(Locale.ROOT, "Buy Box %.0f %%", sku.buyBoxPct() * 100));
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        Money perDay = perDay(sku.adSpend(), sku);
        String summary = String.format(Locale.ROOT, "%s spends %s a day on ads while its availability is fragile: %s",
                sku.sku(), perDay.plain(), String.join("; ", reasons));
        return Optional.of(new Alert(FRAGILE, sku.sku(), summary, List.of(
                Figure.money("ad_spend_per_day", perDay),
                Figure.days("days_of_cover_with_inbound", coverWithInbound),
                Figure.days("lead_time_days", sku.leadTimeDays()),
                Figure.ratio("in_stock_rate", sku.inStockRate()),
                Figure.ratio("buy_box", sku.buyBoxPct()))));
    }

    private static Optional<Alert> unsupported(SkuEconomics sku) {
        boolean strategic = sku.objective() == Objective.LAUNCH || sku.objective() == Objective.GROWTH;
        if (!strategic || sku.adSpend().amount().signum() > 0) {
            return Optional.empty();
        }
        String summary = String.format(Locale.ROOT,
                "%s has the objective %s but no ad spend in %d days (revenue %s, %d sessions)", sku.sku(),
                sku.objective().key(), sku.window().days(), sku.revenue().rounded().plain(), sku.sessions());
        return Optional.of(new Alert(UNSUPPORTED, sku.sku(), summary, List.of(
                Figure.money("ad_spend", sku.adSpend()),
                Figure.money("revenue", sku.revenue()),
                Figure.count("sessions", sku.sessions()))));
    }

    private Optional<Alert> lowMargin(SkuEconomics sku, double spendShare, double revenueShare) {
        double margin = sku.contributionBeforeAdsPct();
        if (!(margin < settings.lowMargin()) || !(spendShare >= settings.spendOverRevenueShare() * revenueShare)) {
            return Optional.empty();
        }
        String summary = String.format(Locale.ROOT,
                "%s earns %.1f %% before ads yet takes %.1f %% of ad spend for %.1f %% of revenue", sku.sku(),
                margin * 100, spendShare * 100, revenueShare * 100);
        return Optional.of(new Alert(LOW_MARGIN, sku.sku(), summary, List.of(
                Figure.ratio("contribution_before_ads_pct", margin),
                Figure.ratio("ad_spend_share", spendShare),
                Figure.ratio("revenue_share", revenueShare),
                Figure.money("ad_spend", sku.adSpend()))));
    }

    private static Money perDay(Money amount, SkuEconomics sku) {
        return amount.times(BigDecimal.ONE.divide(BigDecimal.valueOf(sku.window().days()), 12, RoundingMode.HALF_EVEN))
                .rounded();
    }
}
