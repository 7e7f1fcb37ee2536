package dev.arbiter.govern;

import java.util.List;
import java.util.Objects;

/** The verdict on an action together with every guardrail check that led to it. */
public record Classification(Verdict verdict, List<GuardrailCheck> checks) {
    public Classification {
        Objects.requireNonNull(verdict, "verdict");
        checks = List.copyOf(checks);
    }
}
