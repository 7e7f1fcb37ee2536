package dev.arbiter.decide;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetAcos;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.Action;
import dev.arbiter.model.BidChange;
import dev.arbiter.model.Figure;
import dev.arbiter.model.Money;
import dev.arbiter.model.ObjectiveInForce;
import dev.arbiter.model.ObjectivePlan;
import dev.arbiter.model.Rationale;
import dev.arbiter.model.Sku;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Moves each enabled target's bid toward the ACoS its SKU's objective allows. Conversion rate and sales per click
 * are shrunk toward the ad group, campaign and SKU ({@link ShrunkClickRates}), so sparse targets do not swing on
 * a few clicks: with orders, bid × target ACoS / shrunk ACoS; without, the value of a click; never above the value
 * of a click (expected sales per click × target ACoS). Steps are bounded, bids never go below the minimum, and
 * changes too small to matter are not proposed.
 */
public final class ProposingBidChanges implements Proposer {

    /**
     * How bids are judged and moved.
     *
     * @param minClicks clicks a target needs before its bid is judged
     * @param maxStepPct the largest relative change proposed at once (0.5 = ±50 %)
     * @param minBid the lowest bid proposed, in the target's currency
     * @param minChangePct changes smaller than this relative step are not proposed
     * @param priorClicks the shrinkage prior's strength in clicks; NaN fits it to the window's targets
     */
    public record Settings(long minClicks, double maxStepPct, BigDecimal minBid, double minChangePct, double priorClicks) {
        public Settings {
            if (priorClicks <= 0) {
                throw new IllegalArgumentException("priorClicks must be positive or NaN, got " + priorClicks);
            }
            Objects.requireNonNull(minBid, "minBid");
            if (maxStepPct <= 0) {
                throw new IllegalArgumentException("maxStepPct must be positive, got " + maxStepPct);
            }
        }

        /** Settings whose prior strength is fitted to each window's targets. */
        public Settings(long minClicks, double maxStepPct, BigDecimal minBid, double minChangePct) {
            this(minClicks, maxStepPct, minBid, minChangePct, Double.NaN);
        }

        public static Settings defaults() {
            return new Settings(20, 0.5, new BigDecimal("0.02"), 0.05);
        }
    }

    private final Settings settings;
    private final ObjectivePlan objectives;

    public ProposingBidChanges(Settings settings) {
        this(settings, ObjectivePlan.none());
    }

    /** @param objectives the plan that gave each SKU its objective, so a rationale can say when a time-bounded one ends */
    public ProposingBidChanges(Settings settings, ObjectivePlan objectives) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.objectives = Objects.requireNonNull(objectives, "objectives");
    }

    @Override
    public List<Action> propose(ProposalInput input) {
        Map<Sku, SkuEconomics> skus = input.skusBySku();
        ShrunkClickRates rates = Double.isNaN(settings.priorClicks())
                ? ShrunkClickRates.fitted(input.targets(), skus)
                : ShrunkClickRates.withPrior(input.targets(), skus, settings.priorClicks());
        List<Action> actions = new ArrayList<>();
        for (TargetEconomics target : input.targets()) {
            SkuEconomics sku = skus.get(target.sku());
            if (sku == null || !target.state().equalsIgnoreCase("enabled") || target.clicks() < settings.minClicks()) {
                continue;
            }
            double breakEven = sku.breakEvenAcos();
            double targetAcos = TargetAcos.of(sku.objective(), breakEven, input.terms());
            double currentBid = target.currentBid().amount().doubleValue();
            if (Double.isNaN(targetAcos) || currentBid <= 0) {
                continue;
            }
            List<Figure> figures = new ArrayList<>(List.of(
                    Figure.count("clicks", target.clicks()),
                    Figure.count("orders", target.orders()),
                    Figure.money("spend", target.spend()),
                    Figure.money("sales", target.sales())));
            ShrunkClickRates.Estimate estimate = rates.of(target);
            double clickValue = estimate.salesPerClick() * targetAcos;
            figures.add(Figure.ratio("expected_conversion_rate", estimate.conversionRate()));
            figures.add(Figure.money("expected_sales_per_click", money(estimate.salesPerClick(), target.currentBid())));
            figures.add(Figure.money("click_value", money(clickValue, target.currentBid())));
            figures.add(Figure.count("prior_clicks", Math.round(estimate.priorClicks())));
            double ideal;
            String reason;
            if (target.orders() > 0 && target.sales().amount().signum() > 0 && estimate.salesPerClick() > 0) {
                double shrunkAcos = target.costPerClick() / estimate.salesPerClick();
                ideal = Math.min(currentBid * targetAcos / shrunkAcos, clickValue);
                figures.add(Figure.ratio("acos", target.acos()));
                figures.add(Figure.ratio("shrunk_acos", shrunkAcos));
                reason = String.format(Locale.ROOT, "ACoS %.1f %% (%.1f %% after shrinkage toward %s)",
                        target.acos() * 100, shrunkAcos * 100, estimate.basis());
            } else {
                ideal = clickValue;
                reason = String.format(
                        Locale.ROOT, "no orders in %d clicks; a click is worth %.2f (%s)", target.clicks(), ideal,
                        estimate.basis());
            }
            Money newBid = bounded(ideal, target.currentBid());
            double step = (newBid.amount().doubleValue() - currentBid) / currentBid;
            if (Math.abs(step) < settings.minChangePct()) {
                continue;
            }
            figures.add(Figure.ratio("target_acos", targetAcos));
            if (!Double.isNaN(breakEven)) {
                figures.add(Figure.ratio("break_even_acos", breakEven));
            }
            figures.add(Figure.money("current_bid", target.currentBid()));
            figures.add(Figure.money("new_bid", newBid));
            String summary = String.format(
                    Locale.ROOT, "%s against a target ACoS of %.1f %% (%s): bid %s → %s", reason, targetAcos * 100,
                    objective(sku), target.currentBid().plain(), newBid.plain());
            actions.add(new BidChange(target.target(), target.sku(), target.currentBid(), newBid,
                    new Rationale(summary, figures)));
        }
        return actions;
    }

    /** {@code profit}, or where a time-bounded entry sets it, {@code launch for category Outdoor until …, then growth}. */
    private String objective(SkuEconomics sku) {
        return objectives.inForce(sku.sku(), sku.category(), sku.window().to())
                .filter(entry -> entry.objective() == sku.objective())
                .map(ObjectiveInForce::describe)
                .orElse(sku.objective().key());
    }

    /**
     * The ideal bid rounded to cents and held within ±maxStepPct of the current one and above the minimum. The
     * bounds are rounded toward the current bid, so a bounded step never exceeds the authority it was sized for.
     */
    private Money bounded(double ideal, Money current) {
        BigDecimal now = current.amount();
        BigDecimal step = BigDecimal.valueOf(settings.maxStepPct());
        BigDecimal lowest = now.multiply(BigDecimal.ONE.subtract(step)).setScale(2, RoundingMode.CEILING);
        BigDecimal highest = now.multiply(BigDecimal.ONE.add(step)).setScale(2, RoundingMode.FLOOR);
        BigDecimal amount = BigDecimal.valueOf(ideal).setScale(2, RoundingMode.HALF_UP).max(lowest).min(highest);
        return Money.of(amount.max(settings.minBid()), current.currency());
    }

    private static Money money(double amount, Money like) {
        return Money.of(BigDecimal.valueOf(amount), like.currency()).rounded();
    }
}
