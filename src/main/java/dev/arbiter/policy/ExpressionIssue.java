package dev.arbiter.policy;

import java.util.Objects;

/**
 * One thing wrong with a CEL expression, placed by its offset inside the expression's text.
 *
 * @param offset 0-based index of the offending character in the expression
 * @param reason what is wrong, e.g. {@code unknown variable 'sku.margin_pct'}
 * @param hint what to do, e.g. {@code did you mean 'sku.contribution_after_ads_pct'?}; may be empty
 */
public record ExpressionIssue(int offset, String reason, String hint) {
    public ExpressionIssue {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(hint, "hint");
    }
}
