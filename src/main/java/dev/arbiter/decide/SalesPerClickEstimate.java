package dev.arbiter.decide;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetEconomics;
import java.util.List;
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

    static SalesPerClickEstimate of(TargetEconomics target, List<TargetEconomics> all, Optional<SkuEconomics> sku) {
        long clicks = 0;
        double sales = 0;
        for (TargetEconomics other : all) {
            if (other.target().adGroupId().equals(target.target().adGroupId())
                    && other.target().campaignId().equals(target.target().campaignId())) {
                clicks += other.clicks();
                sales += other.sales().amount().doubleValue();
            }
        }
        if (sales > 0 && clicks > 0) {
            return new SalesPerClickEstimate(sales / clicks, AD_GROUP);
        }
        if (sku.isPresent() && sku.get().sessions() > 0 && sku.get().units() > 0) {
            SkuEconomics economics = sku.get();
            return new SalesPerClickEstimate(
                    economics.revenue().amount().doubleValue() / economics.sessions(), SKU_SESSIONS);
        }
        return new SalesPerClickEstimate(0, NONE);
    }
}
