package dev.arbiter.decide;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.CampaignId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a click on a target without orders of its own is expected to sell: the pooled sales per click of its ad
 * group when the ad group has sales, else the SKU's organic sales per session from the Business Report, else 0.
 * A deliberately simple estimate; issue 5 replaces it with shrinkage toward the ad group and SKU.
 */
record SalesPerClickEstimate(double salesPerClick, String basis) {

    static final String AD_GROUP = "ad group";
    static final String SKU_SESSIONS = "SKU sessions";
    static final String NONE = "no conversions";

    /** An ad group, as campaign and ad group id. */
    record AdGroup(CampaignId campaignId, AdGroupId adGroupId) {
        static AdGroup of(TargetEconomics target) {
            return new AdGroup(target.target().campaignId(), target.target().adGroupId());
        }
    }

    /** Clicks and attributed sales pooled over the targets of one ad group. */
    record Pool(long clicks, double sales) {
        Pool plus(TargetEconomics target) {
            return new Pool(clicks + target.clicks(), sales + target.sales().amount().doubleValue());
        }

        Pool plus(Pool other) {
            return new Pool(clicks + other.clicks, sales + other.sales);
        }
    }

    /** Every ad group's pooled clicks and sales, computed once per run. */
    static Map<AdGroup, Pool> pools(List<TargetEconomics> targets) {
        Map<AdGroup, Pool> pools = new HashMap<>();
        for (TargetEconomics target : targets) {
            pools.merge(AdGroup.of(target), new Pool(0, 0).plus(target), Pool::plus);
        }
        return pools;
    }

    static SalesPerClickEstimate of(TargetEconomics target, Map<AdGroup, Pool> pools, Optional<SkuEconomics> sku) {
        Pool pool = pools.getOrDefault(AdGroup.of(target), new Pool(0, 0));
        if (pool.sales() > 0 && pool.clicks() > 0) {
            return new SalesPerClickEstimate(pool.sales() / pool.clicks(), AD_GROUP);
        }
        if (sku.isPresent() && sku.get().sessions() > 0 && sku.get().units() > 0) {
            SkuEconomics economics = sku.get();
            return new SalesPerClickEstimate(
                    economics.revenue().amount().doubleValue() / economics.sessions(), SKU_SESSIONS);
        }
        return new SalesPerClickEstimate(0, NONE);
    }
}
