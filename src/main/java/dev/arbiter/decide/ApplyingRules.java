package dev.arbiter.decide;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.SkuTrend;
import dev.arbiter.economics.TargetAcos;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.govern.Context;
import dev.arbiter.insights.Alert;
import dev.arbiter.model.Action;
import dev.arbiter.model.ActionType;
import dev.arbiter.model.ListingReview;
import dev.arbiter.model.Money;
import dev.arbiter.model.PauseAds;
import dev.arbiter.model.Rationale;
import dev.arbiter.model.Sku;
import dev.arbiter.policy.Rule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluates the operating model's IF/THEN rules over every SKU's state on the window (its economics, trends and share
 * of ad spend) and, for a rule that reads {@code target.*}, over each of the SKU's targets; a rule that holds fires its
 * action for its owner or raises an alert, with the rule's id and the values that made it hold.
 */
public final class ApplyingRules implements Proposer {
    private final List<Rule> rules;
    private final Map<Sku, SkuTrend> trends;

    public ApplyingRules(List<Rule> rules, Map<Sku, SkuTrend> trends) {
        this.rules = List.copyOf(rules);
        this.trends = Map.copyOf(Objects.requireNonNull(trends, "trends"));
    }

    /** What the rules fired: actions for their owners and alerts for whoever reads the report. */
    public record Outcome(List<Action> actions, List<Alert> alerts) {
        public Outcome {
            actions = List.copyOf(actions);
            alerts = List.copyOf(alerts);
        }
    }

    @Override
    public List<Action> propose(ProposalInput input) {
        return evaluate(input).actions();
    }

    /** Every rule over every SKU, in rule order then SKU order. */
    public Outcome evaluate(ProposalInput input) {
        Money totalSpend = null;
        for (SkuEconomics sku : input.skus()) {
            totalSpend = totalSpend == null ? sku.adSpend() : totalSpend.plus(sku.adSpend());
        }
        List<Action> actions = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        for (Rule rule : rules) {
            for (SkuEconomics sku : input.skus()) {
                double share = totalSpend != null && totalSpend.amount().signum() > 0
                        ? sku.adSpend().ratioTo(totalSpend) : Double.NaN;
                Context state = Context.forSku(sku)
                        .withTrend(trends.getOrDefault(sku.sku(), SkuTrend.unknown(sku.sku())), share);
                firing(rule, sku, state, input).ifPresent(firing -> {
                    if (rule.action().isEmpty()) {
                        alerts.add(new Alert("rule:" + rule.id(), sku.sku(), firing.summary(), firing.figures()));
                    } else {
                        action(rule, sku, firing, input).ifPresent(actions::add);
                    }
                });
            }
        }
        return new Outcome(actions, alerts);
    }

    /** The rationale when the rule holds for the SKU (or for at least one of its targets), else empty. */
    private static Optional<Rationale> firing(Rule rule, SkuEconomics sku, Context state, ProposalInput input) {
        if (!rule.readsTargets()) {
            return rule.firesFor(state) ? Optional.of(RuleRationale.of(rule, state, List.of())) : Optional.empty();
        }
        double targetAcos = TargetAcos.of(sku.objective(), sku.breakEvenAcos(), input.terms());
        List<String> fired = new ArrayList<>();
        Context first = null;
        for (TargetEconomics target : input.targets()) {
            if (!target.sku().equals(sku.sku())) {
                continue;
            }
            Context withTarget = state.withTarget(target, targetAcos);
            if (rule.firesFor(withTarget)) {
                fired.add(target.target().key());
                first = first == null ? withTarget : first;
            }
        }
        return first == null ? Optional.empty() : Optional.of(RuleRationale.of(rule, first, fired));
    }

    private static Optional<Action> action(Rule rule, SkuEconomics sku, Rationale rationale, ProposalInput input) {
        ActionType type = rule.action().orElseThrow();
        String owner = rule.owner().orElseThrow().key();
        if (type == ActionType.LISTING_REVIEW) {
            return Optional.of(new ListingReview(sku.sku(), rule.id(), owner, sku.revenue(), rationale));
        }
        if (type == ActionType.ADS_PAUSE && !input.productAdsOf(sku.sku()).isEmpty()) {
            Money perDay = sku.adSpend().times(BigDecimal.ONE.divide(
                    BigDecimal.valueOf(sku.window().days()), 12, RoundingMode.HALF_EVEN)).rounded();
            return Optional.of(new PauseAds(sku.sku(), input.productAdsOf(sku.sku()), perDay, rationale));
        }
        return Optional.empty();
    }
}
