package dev.arbiter.decide;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.Action;
import dev.arbiter.model.BidChange;
import dev.arbiter.model.CouponProposal;
import dev.arbiter.model.Figure;
import dev.arbiter.model.Money;
import dev.arbiter.model.Rationale;
import dev.arbiter.model.Sku;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Bids, with overstock cleared surgically instead of by a blanket price cut: on a SKU whose cover (with inbound) runs
 * beyond twice its lead time plus the review period plus the model's overstock days, each target that earns after
 * ads (ACoS under break-even) gets a raise within the bid authority, never above the click value at break-even, and
 * the SKU gets one coupon proposal. Those raises take the place of what the bid proposer says of the same targets.
 */
public final class ClearingOverstock implements Proposer {

    /**
     * How far overstock measures go.
     *
     * @param maxStepPct the largest bid raise, a fraction (the bid right's local authority)
     * @param minClicks clicks a target needs before its earnings are trusted
     * @param maxDiscount the largest coupon discount; a coupon never gives away more than half of CM1
     * @param minDiscount below this a coupon is not worth a shopper's attention, so none is proposed
     */
    public record Settings(double maxStepPct, long minClicks, double maxDiscount, double minDiscount) {
        public static Settings defaults() {
            return new Settings(0.3, 20, 0.15, 0.05);
        }
    }

    private static final double MIN_CHANGE = 0.05;

    private final Settings settings;
    private final StockOutlook outlook;
    private final Proposer bids;

    public ClearingOverstock(Settings settings, StockOutlook outlook, Proposer bids) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.outlook = Objects.requireNonNull(outlook, "outlook");
        this.bids = Objects.requireNonNull(bids, "bids");
    }

    @Override
    public List<Action> propose(ProposalInput input) {
        Map<String, Action> byTarget = new HashMap<>();
        List<Action> actions = new ArrayList<>();
        Map<Sku, List<TargetEconomics>> targetsBySku = input.targets().stream()
                .collect(Collectors.groupingBy(TargetEconomics::sku));
        for (SkuEconomics sku : input.skus()) {
            StockPosition position = outlook.positionOf(sku);
            double cover = position.daysOfCoverWithInbound();
            if (!(position.forecast().unitsPerDay() > 0) || !(cover > position.overstockCover())) {
                continue;
            }
            String overstock = String.format(Locale.ROOT,
                    "%s is overstocked: %.0f days of cover with inbound, beyond %.0f (2 × %d lead time + %d review + %d)",
                    sku.sku(), cover, position.overstockCover(), position.leadTimeDays(),
                    outlook.terms().reviewDays(), outlook.terms().overstockDays());
            for (TargetEconomics target : targetsBySku.getOrDefault(sku.sku(), List.of())) {
                raise(target, sku, overstock, position).ifPresent(raise -> byTarget.put(target.target().key(), raise));
            }
            coupon(sku, position, overstock).ifPresent(actions::add);
        }
        for (Action action : bids.propose(input)) {
            if (!(action instanceof BidChange bid && byTarget.containsKey(bid.target().key()))) {
                actions.add(action);
            }
        }
        actions.addAll(byTarget.values());
        return actions;
    }

    private Optional<Action> raise(TargetEconomics target, SkuEconomics sku, String overstock,
            StockPosition position) {
        double breakEven = sku.breakEvenAcos();
        double bid = target.currentBid().amount().doubleValue();
        boolean trusted = target.state().equalsIgnoreCase("enabled") && target.clicks() >= settings.minClicks()
                && target.orders() > 0 && bid > 0;
        if (!trusted || Double.isNaN(breakEven) || !(target.acos() < breakEven)) {
            return Optional.empty();
        }
        double clickValue = target.salesPerClick() * breakEven;
        BigDecimal highest = target.currentBid().amount().multiply(BigDecimal.valueOf(1 + settings.maxStepPct()))
                .setScale(2, RoundingMode.FLOOR);
        BigDecimal amount = BigDecimal.valueOf(clickValue).setScale(2, RoundingMode.FLOOR).min(highest);
        Money newBid = Money.of(amount, target.currentBid().currency());
        if ((amount.doubleValue() - bid) / bid < MIN_CHANGE) {
            return Optional.empty();
        }
        Money earned = target.sales().times(BigDecimal.valueOf(breakEven)).minus(target.spend()).rounded();
        String summary = String.format(Locale.ROOT,
                "%s; this target earns %s after ads at an ACoS of %.1f %%, under break-even %.1f %%: bid %s → %s",
                overstock, earned.plain(), target.acos() * 100, breakEven * 100, target.currentBid().plain(),
                newBid.plain());
        List<Figure> figures = new ArrayList<>(List.of(
                Figure.days("days_of_cover_with_inbound", position.daysOfCoverWithInbound()),
                Figure.days("overstock_cover_days", position.overstockCover()),
                Figure.money("contribution_after_ads", earned),
                Figure.ratio("acos", target.acos()),
                Figure.ratio("break_even_acos", breakEven),
                Figure.money("click_value_at_break_even", Money.of(BigDecimal.valueOf(clickValue),
                        target.currentBid().currency()).rounded()),
                Figure.money("current_bid", target.currentBid()),
                Figure.money("new_bid", newBid)));
        figures.addAll(position.forecastFigures());
        return Optional.of(new BidChange(target.target(), target.sku(), target.currentBid(), newBid,
                new Rationale(summary, figures)));
    }

    private Optional<Action> coupon(SkuEconomics sku, StockPosition position, String overstock) {
        double halfMargin = Math.floor(sku.contributionBeforeAdsPct() / 2 * 100) / 100;
        double discount = Math.min(settings.maxDiscount(), halfMargin);
        long units = (long) Math.floor(position.onHand() - position.orderUpTo());
        if (!(discount >= settings.minDiscount()) || units <= 0 || sku.averagePrice().amount().signum() <= 0) {
            return Optional.empty();
        }
        Money budget = sku.averagePrice().times(BigDecimal.valueOf(discount)).times(units).rounded();
        String summary = String.format(Locale.ROOT,
                "%s; %d units are beyond what it needs through lead time, review and safety stock: a %.0f %% coupon"
                        + " (half its %.1f %% margin before ads at most) on %s, budget %s",
                overstock, units, discount * 100, sku.contributionBeforeAdsPct() * 100, sku.averagePrice().rounded()
                        .plain(), budget.plain());
        List<Figure> figures = new ArrayList<>(List.of(
                Figure.count("available", position.available()),
                Figure.count("inbound", position.inbound()),
                Figure.days("days_of_cover_with_inbound", position.daysOfCoverWithInbound()),
                Figure.days("overstock_cover_days", position.overstockCover()),
                Figure.count("units_to_clear", units),
                Figure.ratio("discount", discount),
                Figure.ratio("contribution_before_ads_pct", sku.contributionBeforeAdsPct()),
                Figure.money("coupon_budget", budget)));
        figures.addAll(position.forecastFigures());
        return Optional.of(new CouponProposal(sku.sku(), discount, sku.averagePrice().rounded(), units, budget,
                new Rationale(summary, figures)));
    }
}
