package dev.arbiter.policy;

import dev.arbiter.model.Money;
import java.util.Objects;
import java.util.Optional;

/** A portfolio's monthly envelope, released only while its condition holds (seed: conditional budgets). */
public record ConditionalBudget(String portfolio, BudgetKind kind, Money monthly, Optional<Expression> releaseWhen) {
    public ConditionalBudget {
        Objects.requireNonNull(portfolio, "portfolio");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(monthly, "monthly");
        Objects.requireNonNull(releaseWhen, "releaseWhen");
    }

    /** Whether the envelope may be spent now: always without a condition, else while the condition holds. */
    public boolean releasedFor(Variables state) {
        return releaseWhen.map(condition -> condition.evaluate(state).holds()).orElse(true);
    }
}
