package dev.arbiter.decide;

import dev.arbiter.economics.ExactKeyword;
import dev.arbiter.economics.SearchTermStats;
import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.AdGroupRef;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.Money;
import dev.arbiter.model.NewCampaign;
import dev.arbiter.model.Sku;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a SKU's harvested keywords go: the exact ad group of the SKU that serves the most exact keywords, other than
 * the ad groups the term came from (a negative exact there would block the keyword); else a new manual campaign with
 * one ad group and the SKU's product ad, under temporary keys derived from the SKU so that every harvest of the SKU
 * names the same campaign. Its default bid is the SKU's value of a click over all its search terms, capped at their
 * CPC, so it does not depend on which of the SKU's harvests is approved.
 */
final class HarvestDestinations {

    /** An ad group for a harvested keyword, with the campaign to create first when it is new. */
    record Destination(AdGroupRef adGroup, Optional<NewCampaign> newCampaign) {}

    private final HarvestingSearchTerms.Account account;
    private final HarvestingSearchTerms.Settings settings;
    private final Map<Sku, HarvestingSearchTerms.Evidence> bySku;
    private final Map<Sku, Currency> currencies;
    private final Map<Sku, List<ExactKeyword>> servingBySku;

    HarvestDestinations(HarvestingSearchTerms.Account account, HarvestingSearchTerms.Settings settings,
            ProposalInput input) {
        this.account = account;
        this.settings = settings;
        this.bySku = input.searchTerms().stream().collect(Collectors.toMap(SearchTermStats::sku,
                HarvestingSearchTerms.Evidence::of, HarvestingSearchTerms.Evidence::plus));
        this.currencies = input.searchTerms().stream()
                .collect(Collectors.toMap(SearchTermStats::sku, row -> row.spend().currency(), (a, b) -> a));
        this.servingBySku = account.exactKeywords().stream().filter(ExactKeyword::serving)
                .collect(Collectors.groupingBy(ExactKeyword::sku));
    }

    Destination forSku(Sku sku, List<AdGroupRef> sources, double targetAcos) {
        Map<AdGroupRef, Long> serving = servingBySku.getOrDefault(sku, List.of()).stream()
                .collect(Collectors.groupingBy(ExactKeyword::adGroup, Collectors.counting()));
        Optional<AdGroupRef> existing = serving.entrySet().stream()
                .filter(entry -> sources.stream().noneMatch(source -> sameIds(source, entry.getKey())))
                .sorted(Comparator.comparing((Map.Entry<AdGroupRef, Long> e) -> -e.getValue())
                        .thenComparing(e -> e.getKey().campaignName())
                        .thenComparing(e -> e.getKey().adGroupName()))
                .map(Map.Entry::getKey)
                .findFirst();
        if (existing.isPresent()) {
            return new Destination(existing.get(), Optional.empty());
        }
        AdGroupRef created = new AdGroupRef(new CampaignId("harvest-" + sku.value()),
                new AdGroupId("harvest-" + sku.value() + "-exact"), sku.value() + " - Harvest - Exact", "Harvest Exact");
        Currency currency = currencies.get(sku);
        return new Destination(created, Optional.of(new NewCampaign(account.startDate(),
                Money.of(settings.newCampaignBudget(), currency), Money.of(defaultBid(sku, targetAcos), currency))));
    }

    private BigDecimal defaultBid(Sku sku, double targetAcos) {
        HarvestingSearchTerms.Evidence evidence = bySku.get(sku);
        double valueOfClick = evidence.sales() / evidence.clicks() * targetAcos;
        double costPerClick = evidence.spend() / evidence.clicks();
        BigDecimal bid = BigDecimal.valueOf(Math.min(valueOfClick, costPerClick)).setScale(2, RoundingMode.DOWN);
        return bid.max(settings.minBid());
    }

    private static boolean sameIds(AdGroupRef a, AdGroupRef b) {
        return a.campaignId().equals(b.campaignId()) && a.adGroupId().equals(b.adGroupId());
    }
}
