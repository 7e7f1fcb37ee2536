package dev.arbiter.demo;

import java.util.List;
import java.util.Objects;

/**
 * The demo brand's Sponsored Products account: portfolios, campaigns, ad groups (one advertised SKU each) and
 * targets with the customer search terms they match; list positions are the indexes other parts use.
 */
record Account(List<Portfolio> portfolios, List<Campaign> campaigns, List<AdGroup> adGroups, List<Target> targets) {

    Account {
        portfolios = List.copyOf(portfolios);
        campaigns = List.copyOf(campaigns);
        adGroups = List.copyOf(adGroups);
        targets = List.copyOf(targets);
    }

    /** A portfolio with a monthly budget in cents. */
    record Portfolio(int index, String id, String name, long monthlyBudgetCents) {}

    /**
     * A campaign; {@code startOffset} is its start day relative to the first report day (negative: before it).
     */
    record Campaign(
            int index,
            String id,
            String name,
            int portfolio,
            boolean auto,
            long dailyBudgetCents,
            int startOffset,
            boolean enabled) {
        Campaign {
            Objects.requireNonNull(name, "name");
        }
    }

    /** An ad group holding exactly one product ad, so every target maps to one SKU. */
    record AdGroup(int index, String id, String name, int campaign, int product, String adId, long defaultBidCents) {}

    /**
     * A keyword or product target with its bid, how crowded its auction is (0..1) and the search terms it matches.
     */
    record Target(
            int index,
            String id,
            int adGroup,
            TargetKind kind,
            String text,
            long bidCents,
            double volume,
            double competition,
            boolean enabled,
            List<SearchTerm> searchTerms) {
        Target {
            searchTerms = List.copyOf(searchTerms);
        }

        /** The Targeting column of the console reports: keyword text, or the targeting expression. */
        String targeting() {
            return text;
        }
    }

    /**
     * A customer search term a target matches: {@code relevance} scales click-through and conversion (0 = never
     * buys), {@code weight} is its share of the target's impressions.
     */
    record SearchTerm(String text, double relevance, double weight) {}

    Campaign campaignOf(AdGroup adGroup) {
        return campaigns.get(adGroup.campaign());
    }

    AdGroup adGroupOf(Target target) {
        return adGroups.get(target.adGroup());
    }

    Portfolio portfolioOf(Campaign campaign) {
        return portfolios.get(campaign.portfolio());
    }
}
