package dev.arbiter.demo;

import java.time.LocalDate;
import java.util.List;

/** Everything that happened in the market on one day: ad events by search term, listing traffic and sales, stock. */
record MarketDay(LocalDate day, List<SearchTermDay> searchTerms, List<ListingDay> listings, List<InventoryDay> inventory) {

    MarketDay {
        searchTerms = List.copyOf(searchTerms);
        listings = List.copyOf(listings);
        inventory = List.copyOf(inventory);
    }

    /**
     * One search term of one target on one day; orders are attributed to the click day. Other-SKU units are halo
     * purchases of a sibling SKU after the click.
     */
    record SearchTermDay(
            int target,
            String searchTerm,
            long impressions,
            long clicks,
            long spendCents,
            long orders,
            long advertisedUnits,
            long otherUnits,
            long advertisedSalesCents,
            long otherSalesCents) {
        long units() {
            return advertisedUnits + otherUnits;
        }

        long salesCents() {
            return advertisedSalesCents + otherSalesCents;
        }
    }

    /** One SKU's detail page on one day (Business Report by child item), totals including the B2B part. */
    record ListingDay(
            int product,
            long sessions,
            long sessionsB2b,
            long pageViews,
            long pageViewsB2b,
            double buyBoxShare,
            long units,
            long unitsB2b,
            long orders,
            long ordersB2b,
            long salesCents,
            long salesB2bCents,
            boolean inStock) {}

    /** One SKU's FBA stock at the end of a day. */
    record InventoryDay(
            int product,
            long available,
            List<Long> ageBuckets,
            long shippedLast7,
            long shippedLast30,
            long shippedLast60,
            long shippedLast90,
            long inboundWorking,
            long inboundShipped,
            long reserved,
            long unfulfillable,
            long salePriceCents) {
        InventoryDay {
            ageBuckets = List.copyOf(ageBuckets);
        }
    }
}
