package dev.arbiter.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Serves one day of Sponsored Products: for each running campaign, each enabled target of an in-stock SKU buys
 * impressions and clicks per search term; when the day's clicks would cost more than the daily budget the
 * campaign stops early, so every term keeps the same fraction of its traffic and spend never exceeds the budget.
 * Ad orders are attributed to the click day and taken from stock at once.
 */
final class AdDelivery {
    private static final double HALO_CHANCE = 0.10;
    private static final double SECOND_UNIT_CHANCE = 0.15;

    private final long seed;
    private final Account account;
    private final List<Product> products;
    private final List<Stock> stocks;
    private final List<List<Account.Target>> targetsByCampaign = new ArrayList<>();

    AdDelivery(long seed, Account account, List<Product> products, List<Stock> stocks) {
        this.seed = seed;
        this.account = account;
        this.products = products;
        this.stocks = stocks;
        for (int i = 0; i < account.campaigns().size(); i++) {
            targetsByCampaign.add(new ArrayList<>());
        }
        for (Account.Target target : account.targets()) {
            targetsByCampaign.get(account.adGroupOf(target).campaign()).add(target);
        }
    }

    /** A search term's traffic before the budget is applied. */
    private record Draft(Account.Target target, Account.SearchTerm term, long impressions, long clicks, long costPerClick) {}

    List<MarketDay.SearchTermDay> serve(int day, int offset, double season, MarketSettings settings, DayTally tally) {
        List<MarketDay.SearchTermDay> rows = new ArrayList<>();
        for (Account.Campaign campaign : account.campaigns()) {
            if (!settings.campaignEnabled(campaign.index()) || offset < campaign.startOffset()) {
                continue;
            }
            List<Draft> drafts = new ArrayList<>();
            long wanted = 0;
            for (Account.Target target : targetsByCampaign.get(campaign.index())) {
                Product product = products.get(account.adGroupOf(target).product());
                if (settings.targetEnabled(target.index()) && tally.inStock[product.index()]) {
                    wanted += bid(target, product, day, offset, season, settings, drafts);
                }
            }
            double fraction = wanted > settings.budgetCents(campaign.index())
                    ? settings.budgetCents(campaign.index()) / (double) wanted
                    : 1.0;
            for (Draft draft : drafts) {
                convert(draft, fraction, day, offset, tally, rows);
            }
        }
        return rows;
    }

    private long bid(Account.Target target, Product product, int day, int offset, double season,
            MarketSettings settings, List<Draft> drafts) {
        Chance chance = Chance.of(seed, 1_000_000L + target.index(), day);
        long bid = settings.bidCents(target.index());
        double scale = product.category().cpcScale();
        double impressions = AdAuction.impressions(target, bid, scale, season, product.buyBoxShare(offset));
        double total = AdAuction.totalWeight(target);
        long costPerClick = AdAuction.costPerClickCents(target, bid);
        long wanted = 0;
        for (Account.SearchTerm term : target.searchTerms()) {
            long shown = chance.poisson(impressions * term.weight() / total);
            long clicks = Math.min(shown, chance.poisson(shown * AdAuction.clickThroughRate(target, term)));
            drafts.add(new Draft(target, term, shown, clicks, costPerClick));
            wanted += clicks * costPerClick;
        }
        return wanted;
    }

    private void convert(Draft draft, double fraction, int day, int offset, DayTally tally,
            List<MarketDay.SearchTermDay> rows) {
        Account.Target target = draft.target();
        // One conversion stream per target and day, consumed in term order: four uniforms a term.
        Chance chance = Chance.of(seed, 3_000_000L + target.index() * 64L + target.searchTerms().indexOf(draft.term()), day);
        long impressions = (long) Math.floor(draft.impressions() * fraction);
        long clicks = Math.min(impressions, (long) Math.floor(draft.clicks() * fraction));
        long planned = chance.poisson(clicks * ShopperResponse.adConversion(productOf(target), draft.term(), offset));
        boolean secondUnit = chance.uniform() < SECOND_UNIT_CHANCE;
        boolean halo = chance.uniform() < HALO_CHANCE;
        if (impressions == 0) {
            return;
        }
        Product product = productOf(target);
        long orders = Math.min(clicks, planned);
        long units = stocks.get(product.index()).take(orders + (orders > 0 && secondUnit ? 1 : 0), day);
        orders = Math.min(orders, units);
        long price = product.salePriceCents(offset);
        long otherUnits = 0;
        long otherSales = 0;
        int sibling = sibling(product);
        if (orders > 0 && halo && sibling != product.index()) {
            otherUnits = stocks.get(sibling).take(1, day);
            otherSales = otherUnits * products.get(sibling).salePriceCents(offset);
            tally.haloOrders[sibling] += otherUnits;
            tally.haloUnits[sibling] += otherUnits;
            tally.haloSalesCents[sibling] += otherSales;
        }
        int p = product.index();
        tally.adClicks[p] += clicks;
        tally.adOrders[p] += orders;
        tally.adUnits[p] += units;
        tally.adSalesCents[p] += units * price;
        rows.add(new MarketDay.SearchTermDay(target.index(), draft.term().text(), impressions, clicks,
                clicks * draft.costPerClick(), orders, units, otherUnits, units * price, otherSales));
    }

    private Product productOf(Account.Target target) {
        return products.get(account.adGroupOf(target).product());
    }

    /** The next SKU of the same category, bought now and then after a click on this one's ad. */
    private int sibling(Product product) {
        int step = Category.values().length;
        return product.index() + step < products.size() ? product.index() + step : product.index() % step;
    }
}
