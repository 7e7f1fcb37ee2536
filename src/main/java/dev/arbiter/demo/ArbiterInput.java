package dev.arbiter.demo;

import dev.arbiter.decide.ProposalInput;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Money;
import dev.arbiter.model.ObjectiveTerms;
import dev.arbiter.model.ProductAdRef;
import dev.arbiter.model.Sku;
import dev.arbiter.model.TargetRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The economics Arbiter would compute from the reports of the recent days, built straight from the simulated
 * days: one {@link SkuEconomics} per SKU, one {@link TargetEconomics} per target at the bid it runs at now, and
 * every SKU's product ads (paused ones included, so a pause holds only while the stock condition does).
 */
final class ArbiterInput {
    private static final String USD = "USD";

    private final Account account;
    private final List<Product> products;

    ArbiterInput(Account account, List<Product> products) {
        this.account = account;
        this.products = List.copyOf(products);
    }

    ProposalInput of(RecentDays recent, MarketSettings settings) {
        DateRange window = new DateRange(recent.earliest().day(), recent.latest().day());
        AdTotals[] byProduct = recent.byProduct();
        List<SkuEconomics> skus = new ArrayList<>();
        for (Product product : products) {
            skus.add(sku(product, recent, byProduct[product.index()], window));
        }
        AdTotals[] byTarget = recent.byTarget();
        List<TargetEconomics> targets = new ArrayList<>();
        Map<Sku, List<ProductAdRef>> ads = new HashMap<>();
        for (Account.AdGroup adGroup : account.adGroups()) {
            Account.Campaign campaign = account.campaigns().get(adGroup.campaign());
            ads.computeIfAbsent(new Sku(products.get(adGroup.product()).sku()), sku -> new ArrayList<>()).add(
                    new ProductAdRef(new CampaignId(campaign.id()), new AdGroupId(adGroup.id()), adGroup.adId(),
                            campaign.name(), adGroup.name()));
        }
        for (Account.Target target : account.targets()) {
            targets.add(target(target, byTarget[target.index()], settings, window));
        }
        return new ProposalInput(skus, targets, List.of(), ads, ObjectiveTerms.defaults());
    }

    private static SkuEconomics sku(Product product, RecentDays recent, AdTotals ads, DateRange window) {
        RecentDays.Shelf shelf = recent.shelf(product);
        MarketDay.InventoryDay stock = recent.latest().inventory().get(product.index());
        double perDay = shelf.units() / (double) recent.size();
        double cover = perDay > 0 ? stock.available() / perDay : Double.POSITIVE_INFINITY;
        long averagePrice = shelf.units() > 0 ? shelf.revenueCents() / shelf.units() : product.priceCents();
        return new SkuEconomics(new Sku(product.sku()), product.asin(), product.title(), product.category().name(),
                product.objective(), product.supplier(), product.leadTimeDays(), usd(product.unitCostCents()), window,
                shelf.units(), shelf.sessions(), usd(shelf.revenueCents()), usd(shelf.cogsCents()),
                usd(shelf.feesCents()), usd(0), usd(ads.spendCents()), usd(ads.salesCents()),
                shelf.sessions() > 0 ? shelf.buyBoxSessions() / shelf.sessions() : 0,
                shelf.inStockDays() / (double) recent.size(), stock.available(),
                stock.inboundWorking() + stock.inboundShipped(), perDay, cover, usd(averagePrice));
    }

    private TargetEconomics target(Account.Target target, AdTotals totals, MarketSettings settings, DateRange window) {
        Account.AdGroup adGroup = account.adGroupOf(target);
        Account.Campaign campaign = account.campaignOf(adGroup);
        TargetRef ref = new TargetRef(
                target.kind().keyword() ? TargetRef.Kind.KEYWORD : TargetRef.Kind.PRODUCT_TARGETING,
                new CampaignId(campaign.id()), new AdGroupId(adGroup.id()), target.id(), campaign.name(),
                adGroup.name(), target.text(), target.kind().bulkMatchType());
        boolean running = settings.targetEnabled(target.index()) && settings.campaignEnabled(campaign.index());
        return new TargetEconomics(ref, new Sku(products.get(adGroup.product()).sku()),
                usd(settings.bidCents(target.index())), running ? "enabled" : "paused", window,
                totals.impressions(), totals.clicks(), totals.orders(), totals.units(), usd(totals.spendCents()),
                usd(totals.salesCents()));
    }

    static Money usd(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2), java.util.Currency.getInstance(USD));
    }
}
