package dev.arbiter.demo;

/**
 * The ad side of the causal model: how a bid buys impressions with diminishing returns, what a click costs
 * (always below the bid) and how often a shopper clicks.
 */
final class AdAuction {
    private AdAuction() {}

    /**
     * Expected impressions of a target on a day: {@code cap × (1 − exp(−bid / scale))}, scaled by the SKU's demand
     * (volume), the day's seasonality and the share of the Buy Box we hold (ads only serve with the featured offer).
     */
    static double impressions(Account.Target target, long bidCents, double scale, double season, double buyBox) {
        double saturation = 1 - Math.exp(-(bidCents / 100.0) / scale);
        return target.kind().impressionCap() * target.volume() * saturation * season * buyBox;
    }

    /** Clicks per impression for a search term: relevant terms draw more clicks. */
    static double clickThroughRate(Account.Target target, Account.SearchTerm term) {
        return target.kind().baseClickThroughRate() * (0.3 + 0.7 * term.relevance());
    }

    /** Second-price style: a click costs 55–90 % of the bid depending on how crowded the auction is. */
    static long costPerClickCents(Account.Target target, long bidCents) {
        long cost = Math.round(bidCents * (0.55 + 0.35 * target.competition()));
        return Math.max(2, Math.min(bidCents, cost));
    }

    /** The spend a target would make on an average day with full stock and Buy Box (used to size budgets). */
    static double expectedSpendCents(Account.Target target, double scale) {
        double total = totalWeight(target);
        double spend = 0;
        double impressions = impressions(target, target.bidCents(), scale, 1.0, 1.0);
        for (Account.SearchTerm term : target.searchTerms()) {
            double clicks = impressions * term.weight() / total * clickThroughRate(target, term);
            spend += clicks * costPerClickCents(target, target.bidCents());
        }
        return spend;
    }

    static double totalWeight(Account.Target target) {
        double total = 0;
        for (Account.SearchTerm term : target.searchTerms()) {
            total += term.weight();
        }
        return total;
    }
}
