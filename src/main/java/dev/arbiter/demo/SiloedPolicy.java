package dev.arbiter.demo;

/**
 * A media agency optimising ROAS alone: every target with enough clicks moves its bid by its ROAS against a target
 * ROAS (±50 % at most, a 30 % cut without orders) and campaigns that beat the target while spending their budget get
 * 25 % more budget. It sees neither margins nor stock.
 */
final class SiloedPolicy implements BacktestPolicy {
    static final double TARGET_ROAS = 4.0;
    static final long MIN_CLICKS = 20;
    static final long MIN_BID_CENTS = 2;

    private final Account account;

    SiloedPolicy(Account account) {
        this.account = account;
    }

    @Override
    public String name() {
        return "siloed";
    }

    @Override
    public MarketSettings review(RecentDays recent, MarketSettings settings) {
        MarketSettings next = settings;
        AdTotals[] targets = recent.byTarget();
        for (Account.Target target : account.targets()) {
            AdTotals totals = targets[target.index()];
            if (!settings.targetEnabled(target.index()) || totals.clicks() < MIN_CLICKS) {
                continue;
            }
            double factor = totals.salesCents() == 0
                    ? 0.7
                    : Math.max(0.5, Math.min(1.5, totals.salesCents() / (double) totals.spendCents() / TARGET_ROAS));
            if (Math.abs(factor - 1) >= 0.05) {
                long bid = settings.bidCents(target.index());
                next = next.withBid(target.index(), Math.max(MIN_BID_CENTS, Math.round(bid * factor)));
            }
        }
        AdTotals[] campaigns = recent.byCampaign();
        for (Account.Campaign campaign : account.campaigns()) {
            AdTotals totals = campaigns[campaign.index()];
            long budget = settings.budgetCents(campaign.index());
            boolean spendsItsBudget = totals.spendCents() >= 0.9 * budget * recent.size();
            if (totals.spendCents() > 0 && totals.salesCents() >= TARGET_ROAS * totals.spendCents() && spendsItsBudget) {
                next = next.withBudget(campaign.index(), Math.round(budget * 1.25));
            }
        }
        return next;
    }
}
