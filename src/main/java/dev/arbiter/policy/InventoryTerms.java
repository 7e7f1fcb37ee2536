package dev.arbiter.policy;

import java.util.List;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * How the brand keeps stock, from the operating model's {@code inventory:} section: the service level its reorder
 * points protect, how often orders are reviewed, and how many days of cover beyond twice the lead time plus the
 * review period count as overstock.
 *
 * @param serviceLevel the chance of not running out before a restock arrives, e.g. 0.95
 * @param reviewDays days between two reviews of the stock; an order covers them too
 * @param overstockDays days of cover beyond 2 × lead time + review days above which stock is overstock
 */
public record InventoryTerms(double serviceLevel, int reviewDays, int overstockDays) {
    /** The keys of the {@code inventory:} section, in the order the documentation lists them. */
    public static final List<String> KEYS = List.of("service_level", "review_days", "overstock_days");

    public InventoryTerms {
        if (!(serviceLevel >= 0.5 && serviceLevel < 1)) {
            throw new IllegalArgumentException("a service level must be within 0.5..1 (exclusive), got " + serviceLevel);
        }
        if (reviewDays < 1 || overstockDays < 0) {
            throw new IllegalArgumentException(
                    "inventory terms need review_days ≥ 1 and overstock_days ≥ 0, got " + reviewDays + ", " + overstockDays);
        }
    }

    /** A 95 % service level, weekly reviews, overstock beyond 30 days over 2 × lead time + review. */
    public static InventoryTerms defaults() {
        return new InventoryTerms(0.95, 7, 30);
    }

    /** The standard normal quantile of the service level: safety stock is z × the forecast's error. */
    public double z() {
        return new NormalDistribution(0, 1).inverseCumulativeProbability(serviceLevel);
    }
}
