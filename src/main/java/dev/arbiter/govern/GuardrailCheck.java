package dev.arbiter.govern;

import java.util.Objects;

/** One guardrail evaluated against one action: whether it held, and what was tested. */
public record GuardrailCheck(String guardrailId, boolean passed, String detail) {
    public GuardrailCheck {
        Objects.requireNonNull(guardrailId, "guardrailId");
        Objects.requireNonNull(detail, "detail");
    }
}
