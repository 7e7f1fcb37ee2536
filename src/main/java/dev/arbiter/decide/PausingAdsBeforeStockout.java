package dev.arbiter.decide;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.Action;
import dev.arbiter.model.Figure;
import dev.arbiter.model.Money;
import dev.arbiter.model.PauseAds;
import dev.arbiter.model.ProductAdRef;
import dev.arbiter.model.Rationale;
import dev.arbiter.policy.InventoryTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Pauses a SKU's enabled product ads when its available stock covers fewer days of forecast sales than its lead time
 * and, with what is inbound, fewer than lead time plus safety days (seed: media must not buy clicks for stock that is
 * running out), or when it held
 * the Buy Box on less than a set share of its sessions (the clicks would convert for a competitor's offer).
 */
public final class PausingAdsBeforeStockout implements Proposer {
    public static final double DEFAULT_MIN_BUY_BOX = 0.5;

    private final double minBuyBox;
    private final StockOutlook outlook;

    /** Pauses below a Buy Box share of 50 %, cover forecast at the window's average velocity. */
    public PausingAdsBeforeStockout() {
        this(DEFAULT_MIN_BUY_BOX, StockOutlook.windowAverages(InventoryTerms.defaults()));
    }

    /** Pauses below the given Buy Box share, a fraction, and on cover forecast by the outlook. */
    public PausingAdsBeforeStockout(double minBuyBox, StockOutlook outlook) {
        this.minBuyBox = minBuyBox;
        this.outlook = Objects.requireNonNull(outlook, "outlook");
    }

    @Override
    public List<Action> propose(ProposalInput input) {
        List<Action> actions = new ArrayList<>();
        for (SkuEconomics sku : input.skus()) {
            List<ProductAdRef> ads = input.productAdsOf(sku.sku());
            if (ads.isEmpty()) {
                continue;
            }
            StockPosition position = outlook.positionOf(sku);
            boolean runsOut = runsOut(position);
            boolean buyBoxLost = buyBoxLost(sku, minBuyBox);
            if (!runsOut && !buyBoxLost) {
                continue;
            }
            if (!runsOut) {
                actions.add(withoutBuyBox(sku, ads));
                continue;
            }
            Money dailySpend = dailySpend(sku);
            String summary = String.format(Locale.ROOT,
                    "%s has %.1f days of cover (%.1f with inbound) against a lead time of %d days plus %.1f safety"
                            + " days (%s): pause its ads",
                    sku.sku(), position.daysOfCover(), position.daysOfCoverWithInbound(), position.leadTimeDays(),
                    position.safetyDays(), position.forecast().describe());
            List<Figure> figures = new ArrayList<>(stockFigures(position));
            figures.add(Figure.money("daily_ad_spend_stopped", dailySpend));
            actions.add(new PauseAds(sku.sku(), ads, dailySpend, new Rationale(summary, figures)));
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

    /**
     * Available units last fewer days than the lead time (the shelf empties before a restock ordered today arrives) and
     * with inbound they fall short of lead time plus safety days (inbound does not restore the service level's margin).
     * Pausing at the reorder point itself would idle ads for every lead time of every SKU that reorders.
     */
    static boolean runsOut(StockPosition position) {
        return position.forecast().unitsPerDay() > 0 && position.daysOfCover() < position.leadTimeDays()
                && position.daysOfCoverWithInbound() < position.minimumCover();
    }

    static boolean buyBoxLost(SkuEconomics sku, double minBuyBox) {
        return sku.sessions() > 0 && sku.buyBoxPct() < minBuyBox;
    }

    /** The stock, the forecast and the cover a pause or a resumption is decided on. */
    static List<Figure> stockFigures(StockPosition position) {
        List<Figure> figures = new ArrayList<>(List.of(
                Figure.count("available", position.available()),
                Figure.count("inbound", position.inbound()),
                Figure.days("days_of_cover", position.daysOfCover()),
                Figure.days("days_of_cover_with_inbound", position.daysOfCoverWithInbound()),
                Figure.days("lead_time_days", position.leadTimeDays()),
                Figure.days("safety_days", position.safetyDays())));
        figures.addAll(position.forecastFigures());
        return figures;
    }

    static Money dailySpend(SkuEconomics sku) {
        return sku.adSpend()
                .times(BigDecimal.ONE.divide(BigDecimal.valueOf(sku.window().days()), 12, RoundingMode.HALF_EVEN))
                .rounded();
    }
}
