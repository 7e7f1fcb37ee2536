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
 * Pauses a SKU's enabled product ads when its stock, even with what is inbound, runs out before a restock ordered
 * today could arrive (seed: media must not buy clicks for stock that is running out), or when it held the Buy Box
 * on less than a set share of its sessions (the clicks would convert for a competitor's offer).
 */
public final class PausingAdsBeforeStockout implements Proposer {
    static final double DEFAULT_MIN_BUY_BOX = 0.5;

    private final double minBuyBox;

    /** Pauses below a Buy Box share of 50 %. */
    public PausingAdsBeforeStockout() {
        this(DEFAULT_MIN_BUY_BOX);
    }

    /** Pauses below the given Buy Box share, a fraction. */
    public PausingAdsBeforeStockout(double minBuyBox) {
        this.minBuyBox = minBuyBox;
    }

    @Override
    public List<Action> propose(ProposalInput input) {
        List<Action> actions = new ArrayList<>();
        for (SkuEconomics sku : input.skus()) {
            List<ProductAdRef> ads = input.productAdsOf(sku.sku());
            double perDay = sku.unitsPerDay();
            if (ads.isEmpty()) {
                continue;
            }
            int leadTime = sku.leadTimeDays();
            double coverWithInbound = perDay > 0 ? (sku.available() + sku.inbound()) / perDay : Double.POSITIVE_INFINITY;
            boolean runsOut = perDay > 0 && sku.daysOfCover() < leadTime && coverWithInbound < leadTime;
            boolean buyBoxLost = sku.sessions() > 0 && sku.buyBoxPct() < minBuyBox;
            if (!runsOut && !buyBoxLost) {
                continue;
            }
            if (!runsOut) {
                actions.add(withoutBuyBox(sku, ads));
                continue;
            }
            Money dailySpend = dailySpend(sku);
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

    private PauseAds withoutBuyBox(SkuEconomics sku, List<ProductAdRef> ads) {
        Money dailySpend = dailySpend(sku);
        String summary = String.format(Locale.ROOT,
                "%s held the Buy Box on %.0f %% of its sessions, below %.0f %%: pause its ads until it wins it back",
                sku.sku(), sku.buyBoxPct() * 100, minBuyBox * 100);
        return new PauseAds(sku.sku(), ads, dailySpend, new Rationale(summary, List.of(
                Figure.ratio("buy_box", sku.buyBoxPct()),
                Figure.ratio("min_buy_box", minBuyBox),
                Figure.money("daily_ad_spend_stopped", dailySpend))));
    }

    private static Money dailySpend(SkuEconomics sku) {
        return sku.adSpend()
                .times(BigDecimal.ONE.divide(BigDecimal.valueOf(sku.window().days()), 12, RoundingMode.HALF_EVEN))
                .rounded();
    }
}
