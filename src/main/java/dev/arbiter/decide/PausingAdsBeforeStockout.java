package dev.arbiter.decide;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.Action;
import dev.arbiter.model.Figure;
import dev.arbiter.model.Money;
import dev.arbiter.model.PauseAds;
import dev.arbiter.model.ProductAdRef;
import dev.arbiter.model.Rationale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pauses a selling SKU's enabled product ads when its stock, even with what is inbound, runs out before a
 * restock ordered today could arrive (seed: media must not buy clicks for stock that is running out).
 */
public final class PausingAdsBeforeStockout implements Proposer {

    @Override
    public List<Action> propose(ProposalInput input) {
        List<Action> actions = new ArrayList<>();
        for (SkuEconomics sku : input.skus()) {
            List<ProductAdRef> ads = input.productAdsOf(sku.sku());
            double perDay = sku.unitsPerDay();
            if (ads.isEmpty() || !(perDay > 0)) {
                continue;
            }
            int leadTime = sku.leadTimeDays();
            double coverWithInbound = (sku.available() + sku.inbound()) / perDay;
            if (!(sku.daysOfCover() < leadTime) || !(coverWithInbound < leadTime)) {
                continue;
            }
            Money dailySpend = sku.adSpend()
                    .times(BigDecimal.ONE.divide(BigDecimal.valueOf(sku.window().days()), 12, RoundingMode.HALF_EVEN))
                    .rounded();
            String summary = String.format(
                    Locale.ROOT,
                    "%s has %.1f days of cover (%.1f with inbound) against a lead time of %d days: pause its ads",
                    sku.sku(), sku.daysOfCover(), coverWithInbound, leadTime);
            actions.add(new PauseAds(sku.sku(), ads, dailySpend, new Rationale(summary, List.of(
                    Figure.count("available", sku.available()),
                    Figure.count("inbound", sku.inbound()),
                    Figure.perDay("units_per_day", perDay),
                    Figure.days("days_of_cover", sku.daysOfCover()),
                    Figure.days("days_of_cover_with_inbound", coverWithInbound),
                    Figure.days("lead_time_days", leadTime),
                    Figure.money("daily_ad_spend_stopped", dailySpend)))));
        }
        return actions;
    }
}
