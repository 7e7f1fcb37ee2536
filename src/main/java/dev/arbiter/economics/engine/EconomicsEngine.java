package dev.arbiter.economics.engine;

import dev.arbiter.economics.SearchTermStats;
import dev.arbiter.economics.SkuDay;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.DateRange;
import java.util.List;

/**
 * Computes the warehouse's economics grain (SKU-days, target delivery, search-term aggregates) by the definitions of
 * DESIGN.md; the embedded warehouse is one engine, Apache Spark another.
 */
public interface EconomicsEngine extends AutoCloseable {

    /**
     * Every catalog SKU on every day of {@code range} the Business Reports cover, with revenue, COGS, fees (referral
     * at the fee preview's rate, FBA fulfilment per unit, a thirtieth of next month's storage on days with an
     * inventory snapshot), ad spend and sales, ordered by SKU and day.
     */
    List<SkuDay> skuDays(DateRange range);

    /** Keyword and product-target delivery over {@code window}, joined to the latest bulksheet's ids, bid and SKU. */
    List<TargetEconomics> targets(DateRange window);

    /** Customer search terms over {@code window}, summed per ad group, targeting, match type and term. */
    List<SearchTermStats> searchTerms(DateRange window);

    /** Releases what the engine holds (a Spark session); the embedded warehouse holds nothing of its own. */
    @Override
    default void close() {}
}
