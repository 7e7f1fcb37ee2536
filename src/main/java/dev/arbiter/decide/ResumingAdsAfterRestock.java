package dev.arbiter.decide;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.Action;
import dev.arbiter.model.Figure;
import dev.arbiter.model.PauseAds;
import dev.arbiter.model.ProductAdRef;
import dev.arbiter.model.Rationale;
import dev.arbiter.model.ResumeAds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Re-enables the product ads Arbiter paused once the SKU's available stock covers its lead time plus safety days
 * again and it holds the Buy Box (the reverse of {@link PausingAdsBeforeStockout}). Cover counts available units
 * only: inbound stock that kept a pause from starting does not end one, so a SKU between the two stays as it is.
 * Ads someone has enabled since are left out.
 */
public final class ResumingAdsAfterRestock implements Proposer {
    private final double minBuyBox;
    private final StockOutlook outlook;
    private final PausedByArbiter paused;

    public ResumingAdsAfterRestock(double minBuyBox, StockOutlook outlook, PausedByArbiter paused) {
        this.minBuyBox = minBuyBox;
        this.outlook = Objects.requireNonNull(outlook, "outlook");
        this.paused = Objects.requireNonNull(paused, "paused");
    }

    @Override
    public List<Action> propose(ProposalInput input) {
        List<Action> actions = new ArrayList<>();
        for (SkuEconomics sku : input.skus()) {
            PauseAds pause = paused.pauses().get(sku.sku());
            if (pause == null) {
                continue;
            }
            Set<String> enabled = new HashSet<>();
            input.productAdsOf(sku.sku()).forEach(ad -> enabled.add(ad.adId()));
            List<ProductAdRef> stillPaused = pause.ads().stream().filter(ad -> !enabled.contains(ad.adId())).toList();
            StockPosition position = outlook.positionOf(sku);
            boolean stocked = !(position.daysOfCover() < position.minimumCover());
            if (stillPaused.isEmpty() || !stocked || PausingAdsBeforeStockout.buyBoxLost(sku, minBuyBox)) {
                continue;
            }
            String summary = String.format(Locale.ROOT,
                    "%s has %.1f days of cover again, above its lead time of %d days plus %.1f safety days (%s):"
                            + " resume the ads Arbiter paused",
                    sku.sku(), position.daysOfCover(), position.leadTimeDays(), position.safetyDays(),
                    position.forecast().describe());
            List<Figure> figures = new ArrayList<>(PausingAdsBeforeStockout.stockFigures(position));
            figures.add(Figure.money("daily_ad_spend_resumed", pause.dailySpendStopped()));
            actions.add(new ResumeAds(sku.sku(), stillPaused, pause.dailySpendStopped(), new Rationale(summary, figures)));
        }
        return actions;
    }
}
