package dev.arbiter.execute.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.arbiter.model.Marketplace;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Sponsored Products bid and daily budget limits of a marketplace (formats doc, D3 limits), checked before a change
 * is sent so that Amazon is never asked for what it must refuse.
 */
record SpLimits(BigDecimal minBid, BigDecimal maxBid, BigDecimal minBudget, BigDecimal maxBudget) {

    static SpLimits of(Marketplace marketplace) {
        return switch (marketplace) {
            case JP -> limits("2", "100000", "100", "21000000");
            case IN -> limits("1", "5000", "50", "21000000");
            case MX -> limits("0.1", "20000", "1", "1000000");
            default -> limits("0.02", "1000", "1", "1000000");
        };
    }

    private static SpLimits limits(String minBid, String maxBid, String minBudget, String maxBudget) {
        return new SpLimits(new BigDecimal(minBid), new BigDecimal(maxBid), new BigDecimal(minBudget),
                new BigDecimal(maxBudget));
    }

    /** Why the item may not be sent in this marketplace, if it may not. */
    Optional<String> violation(JsonNode item, Marketplace marketplace) {
        Optional<String> bid = outside(item.path("bid"), minBid, maxBid, "bid", marketplace);
        return bid.isPresent() ? bid : outside(item.path("budget").path("budget"), minBudget, maxBudget, "daily budget",
                marketplace);
    }

    private static Optional<String> outside(JsonNode value, BigDecimal min, BigDecimal max, String what,
            Marketplace marketplace) {
        if (!value.isNumber()) {
            return Optional.empty();
        }
        BigDecimal amount = value.decimalValue();
        if (amount.compareTo(min) < 0 || amount.compareTo(max) > 0) {
            return Optional.of(what + " " + amount.toPlainString() + " is outside the " + marketplace + " range of "
                    + min.toPlainString() + " to " + max.toPlainString() + "; not sent");
        }
        return Optional.empty();
    }
}
