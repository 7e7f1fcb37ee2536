package dev.arbiter.demo;

import java.util.Arrays;

/**
 * What the advertiser controls on a day: each target's bid and state, each campaign's daily budget and state.
 * Immutable; a backtest policy derives new settings with the {@code with…} methods.
 */
final class MarketSettings {
    private final long[] bidCents;
    private final boolean[] targetEnabled;
    private final long[] budgetCents;
    private final boolean[] campaignEnabled;

    private MarketSettings(long[] bidCents, boolean[] targetEnabled, long[] budgetCents, boolean[] campaignEnabled) {
        this.bidCents = bidCents;
        this.targetEnabled = targetEnabled;
        this.budgetCents = budgetCents;
        this.campaignEnabled = campaignEnabled;
    }

    /** The account as it is set up: the bids, budgets and states a bulksheet download shows. */
    static MarketSettings of(Account account) {
        int targets = account.targets().size();
        int campaigns = account.campaigns().size();
        long[] bids = new long[targets];
        boolean[] enabled = new boolean[targets];
        for (Account.Target target : account.targets()) {
            bids[target.index()] = target.bidCents();
            enabled[target.index()] = target.enabled();
        }
        long[] budgets = new long[campaigns];
        boolean[] running = new boolean[campaigns];
        for (Account.Campaign campaign : account.campaigns()) {
            budgets[campaign.index()] = campaign.dailyBudgetCents();
            running[campaign.index()] = campaign.enabled();
        }
        return new MarketSettings(bids, enabled, budgets, running);
    }

    long bidCents(int target) {
        return bidCents[target];
    }

    boolean targetEnabled(int target) {
        return targetEnabled[target];
    }

    long budgetCents(int campaign) {
        return budgetCents[campaign];
    }

    boolean campaignEnabled(int campaign) {
        return campaignEnabled[campaign];
    }

    MarketSettings withBid(int target, long cents) {
        long[] bids = Arrays.copyOf(bidCents, bidCents.length);
        bids[target] = cents;
        return new MarketSettings(bids, targetEnabled, budgetCents, campaignEnabled);
    }

    MarketSettings withTargetEnabled(int target, boolean enabled) {
        boolean[] states = Arrays.copyOf(targetEnabled, targetEnabled.length);
        states[target] = enabled;
        return new MarketSettings(bidCents, states, budgetCents, campaignEnabled);
    }

    MarketSettings withBudget(int campaign, long cents) {
        long[] budgets = Arrays.copyOf(budgetCents, budgetCents.length);
        budgets[campaign] = cents;
        return new MarketSettings(bidCents, targetEnabled, budgets, campaignEnabled);
    }

    MarketSettings withCampaignEnabled(int campaign, boolean enabled) {
        boolean[] states = Arrays.copyOf(campaignEnabled, campaignEnabled.length);
        states[campaign] = enabled;
        return new MarketSettings(bidCents, targetEnabled, budgetCents, states);
    }
}
