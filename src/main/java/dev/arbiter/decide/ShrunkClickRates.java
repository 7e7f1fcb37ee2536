package dev.arbiter.decide;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.Sku;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Conversion rate and sales per click of each target, shrunk toward its ad group, then the SKU within the
 * campaign, then the SKU's whole advertising, then the SKU's organic orders and sales per session: each level's
 * estimate is (its own orders or sales + k × the level above) / (its own clicks + k), so a target with three
 * clicks sits close to its ad group and a target with thousands speaks for itself. A level whose clicks are all
 * of the level above (an only child) adds no evidence and is skipped. The prior strength k, in clicks, is fitted
 * by the method of moments over the targets (empirical Bayes) unless the caller fixes it.
 */
public final class ShrunkClickRates {
    static final double MIN_PRIOR_CLICKS = 10;
    static final double MAX_PRIOR_CLICKS = 200;

    /** Clicks, orders and attributed sales pooled over some targets. */
    record Evidence(long clicks, long orders, double sales) {
        static final Evidence NONE = new Evidence(0, 0, 0);

        static Evidence of(TargetEconomics target) {
            return new Evidence(target.clicks(), target.orders(), target.sales().amount().doubleValue());
        }

        Evidence plus(Evidence other) {
            return new Evidence(clicks + other.clicks, orders + other.orders, sales + other.sales);
        }
    }

    /**
     * One target's shrunk estimates.
     *
     * @param conversionRate expected orders per click
     * @param salesPerClick expected attributed sales per click
     * @param priorClicks the prior strength k used at every level
     * @param basis the levels the estimate leans on, most general first
     */
    public record Estimate(double conversionRate, double salesPerClick, double priorClicks, String basis) {}

    private record AdGroupKey(CampaignId campaign, AdGroupId adGroup) {}

    private record CampaignSku(CampaignId campaign, Sku sku) {}

    private final double priorClicks;
    private final Map<Sku, SkuEconomics> skus;
    private final Map<Sku, Evidence> bySku = new HashMap<>();
    private final Map<CampaignSku, Evidence> byCampaignSku = new HashMap<>();
    private final Map<AdGroupKey, Evidence> byAdGroup = new HashMap<>();

    private ShrunkClickRates(List<TargetEconomics> targets, Map<Sku, SkuEconomics> skus, double priorClicks) {
        this.priorClicks = priorClicks;
        this.skus = Map.copyOf(skus);
        for (TargetEconomics target : targets) {
            Evidence own = Evidence.of(target);
            bySku.merge(target.sku(), own, Evidence::plus);
            byCampaignSku.merge(new CampaignSku(target.target().campaignId(), target.sku()), own, Evidence::plus);
            byAdGroup.merge(adGroupOf(target), own, Evidence::plus);
        }
    }

    /** Estimates for these targets with a fixed prior strength of {@code priorClicks} clicks. */
    public static ShrunkClickRates withPrior(List<TargetEconomics> targets, Map<Sku, SkuEconomics> skus, double priorClicks) {
        if (!(priorClicks > 0)) {
            throw new IllegalArgumentException("the prior strength must be positive, got " + priorClicks);
        }
        return new ShrunkClickRates(targets, skus, priorClicks);
    }

    /** Estimates for these targets with the prior strength fitted to them ({@link PriorStrength}). */
    public static ShrunkClickRates fitted(List<TargetEconomics> targets, Map<Sku, SkuEconomics> skus) {
        return new ShrunkClickRates(targets, skus, PriorStrength.fit(targets, MIN_PRIOR_CLICKS, MAX_PRIOR_CLICKS));
    }

    public double priorClicks() {
        return priorClicks;
    }

    /** The target's conversion rate and sales per click after shrinkage through every level above it. */
    public Estimate of(TargetEconomics target) {
        double cvr = 0;
        double spc = 0;
        StringBuilder basis = new StringBuilder();
        Optional<SkuEconomics> sku = Optional.ofNullable(skus.get(target.sku()));
        if (sku.isPresent() && sku.get().sessions() > 0 && sku.get().units() > 0) {
            cvr = (double) sku.get().units() / sku.get().sessions();
            spc = sku.get().revenue().amount().doubleValue() / sku.get().sessions();
            basis.append("SKU sessions");
        }
        boolean anchored = basis.length() > 0;
        long above = -1;
        List<Map.Entry<String, Evidence>> levels = List.of(
                Map.entry("SKU ads", bySku.getOrDefault(target.sku(), Evidence.NONE)),
                Map.entry("campaign", byCampaignSku.getOrDefault(
                        new CampaignSku(target.target().campaignId(), target.sku()), Evidence.NONE)),
                Map.entry("ad group", byAdGroup.getOrDefault(adGroupOf(target), Evidence.NONE)),
                Map.entry("target", Evidence.of(target)));
        for (Map.Entry<String, Evidence> level : levels) {
            Evidence evidence = level.getValue();
            if (evidence.clicks() == 0 || evidence.clicks() == above) {
                continue;
            }
            double k = anchored ? priorClicks : 0;
            cvr = (evidence.orders() + k * cvr) / (evidence.clicks() + k);
            spc = (evidence.sales() + k * spc) / (evidence.clicks() + k);
            anchored = true;
            above = evidence.clicks();
            basis.append(basis.length() == 0 ? "" : " → ").append(level.getKey());
        }
        return new Estimate(cvr, spc, priorClicks, basis.length() == 0 ? "no conversions" : basis.toString());
    }

    private static AdGroupKey adGroupOf(TargetEconomics target) {
        return new AdGroupKey(target.target().campaignId(), target.target().adGroupId());
    }
}
