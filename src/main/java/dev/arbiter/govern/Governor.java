package dev.arbiter.govern;

import dev.arbiter.model.Action;
import dev.arbiter.model.ActionFacts;
import dev.arbiter.model.ActionType;
import dev.arbiter.policy.AuthorityLimit;
import dev.arbiter.policy.DecisionRight;
import dev.arbiter.policy.Expression;
import dev.arbiter.policy.Guardrail;
import dev.arbiter.policy.OperatingModel;
import dev.arbiter.policy.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Classifies each proposed action against the operating model: every applicable guardrail is checked, a failing
 * {@code block} blocks, a failing {@code escalate} sends it to a role, and otherwise the decision right says whether
 * it goes automatically or waits.
 */
public final class Governor {
    private static final double ROUNDING = 1e-9;

    private final OperatingModel model;
    private final Map<ActionType, List<Guardrail>> guardrails = new EnumMap<>(ActionType.class);

    public Governor(OperatingModel model) {
        this.model = Objects.requireNonNull(model, "model");
        for (ActionType type : ActionType.values()) {
            guardrails.put(type, model.guardrailsFor(type));
        }
    }

    public Classification classify(Action action, Context context) {
        Context facts = context.withAction(action);
        List<GuardrailCheck> checks = new ArrayList<>();
        Optional<Verdict> blocked = Optional.empty();
        Optional<Verdict> escalated = Optional.empty();
        for (Guardrail guardrail : guardrails.get(action.type())) {
            GuardrailCheck check = check(guardrail, facts);
            checks.add(check);
            if (!check.passed()) {
                Optional<Role> role = guardrail.severity().escalatesTo();
                String reason = reason(guardrail);
                if (role.isEmpty() && blocked.isEmpty()) {
                    blocked = Optional.of(new Verdict.Blocked(guardrail.id(), reason));
                } else if (role.isPresent() && escalated.isEmpty()) {
                    escalated = Optional.of(new Verdict.Awaiting(role.get(), guardrail.id() + ": " + reason));
                }
            }
        }
        Optional<Verdict> escalation = escalated;
        Verdict verdict = blocked.or(() -> escalation).orElseGet(() -> byDecisionRight(action));
        return new Classification(verdict, checks);
    }

    private static GuardrailCheck check(Guardrail guardrail, Context facts) {
        Expression.Evaluation evaluation = guardrail.require().evaluate(facts);
        String detail = evaluation.error()
                .map(error -> "could not be evaluated (" + error + "): " + guardrail.require().source())
                .orElseGet(() -> (evaluation.holds() ? "holds: " : "fails: ") + guardrail.require().source());
        return new GuardrailCheck(guardrail.id(), evaluation.holds(), detail);
    }

    private static String reason(Guardrail guardrail) {
        return guardrail.because().isBlank() ? "requires " + guardrail.require().source() : guardrail.because();
    }

    private Verdict byDecisionRight(Action action) {
        Optional<DecisionRight> found = model.decisionRight(action.type());
        if (found.isEmpty()) {
            return new Verdict.Awaiting(Role.CMO, "no decision right for " + action.type().key() + " in the operating model");
        }
        DecisionRight right = found.get();
        Role decides = right.decides();
        if (!action.reversible() || !right.reversible()) {
            return new Verdict.Awaiting(right.escalatesTo(),
                    action.type().key() + " cannot be undone, so it is outside " + decides.key() + "'s local authority");
        }
        return exceeded(action.facts(), right.autoWithin())
                .map(limit -> (Verdict) new Verdict.Awaiting(right.escalatesTo(), limit + " exceeds " + decides.key()
                        + "'s local authority of " + limit(right.autoWithin(), limit)))
                .orElseGet(Verdict.AutoApproved::new);
    }

    /** What of the action goes beyond the limit, e.g. {@code step +45%}; empty when it stays inside. */
    private static Optional<String> exceeded(ActionFacts facts, AuthorityLimit limit) {
        double stepPct = facts.stepPct() * 100;
        // A step computed in double (1.30 / 1.00 - 1) lands a hair above the limit it was meant to hit.
        if (limit.maxStepPct().isPresent() && !(Math.abs(stepPct) <= limit.maxStepPct().getAsDouble() + ROUNDING)) {
            return Optional.of(String.format(Locale.ROOT, "step %+.0f%%", stepPct));
        }
        BigDecimal value = facts.valueAtStake().amount().abs();
        if (limit.maxValue().isPresent() && value.compareTo(BigDecimal.valueOf(limit.maxValue().getAsDouble())) > 0) {
            // Money.rounded() re-scales to Money.SCALE, so the display scale is set here.
            int digits = Math.max(0, facts.valueAtStake().currency().getDefaultFractionDigits());
            return Optional.of("value at stake " + value.setScale(digits, RoundingMode.HALF_EVEN).toPlainString() + " "
                    + facts.valueAtStake().currency().getCurrencyCode());
        }
        return Optional.empty();
    }

    private String limit(AuthorityLimit limit, String exceeded) {
        if (exceeded.startsWith("step")) {
            return plain(limit.maxStepPct().getAsDouble()) + "%";
        }
        return plain(limit.maxValue().getAsDouble()) + " " + model.currency();
    }

    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
