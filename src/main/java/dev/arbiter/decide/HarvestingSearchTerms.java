package dev.arbiter.decide;

import dev.arbiter.economics.ExactKeyword;
import dev.arbiter.economics.SearchTermStats;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetAcos;
import dev.arbiter.model.Action;
import dev.arbiter.model.AdGroupRef;
import dev.arbiter.model.Asin;
import dev.arbiter.model.Figure;
import dev.arbiter.model.HarvestKeyword;
import dev.arbiter.model.Money;
import dev.arbiter.model.Rationale;
import dev.arbiter.model.Sku;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Makes a customer search term that converts in auto, broad or phrase targeting an exact keyword of its SKU: it needs
 * enough orders, a conversion rate shrunk toward its ad groups' that is at least theirs, and an ACoS under the SKU's
 * target ACoS. The starting bid is the value of a click (shrunk sales per click × target ACoS), capped at a multiple of
 * the CPC the term paid. The term goes into an exact ad group of the SKU other than where it came from, or into a new
 * manual campaign ({@link HarvestDestinations}), and is added as a negative exact where it came from. Terms already
 * exact for the SKU anywhere in the account are skipped; ASINs and {@code *} are not keywords and are left alone.
 */
public final class HarvestingSearchTerms implements Proposer {

    /**
     * When a term is worth an exact keyword, and how it starts.
     *
     * @param minOrders orders the term needs over the window
     * @param cpcCapFactor the starting bid is at most this multiple of the term's CPC
     * @param minBid the lowest bid worth creating
     * @param newCampaignBudget the daily budget of a campaign created for harvested keywords
     * @param priorClicks the shrinkage strength in clicks; empty to fit it to the targets (empirical Bayes)
     */
    public record Settings(long minOrders, double cpcCapFactor, BigDecimal minBid, BigDecimal newCampaignBudget,
            OptionalDouble priorClicks) {
        public Settings {
            Objects.requireNonNull(minBid, "minBid");
            Objects.requireNonNull(newCampaignBudget, "newCampaignBudget");
            Objects.requireNonNull(priorClicks, "priorClicks");
            if (minOrders < 1 || !(cpcCapFactor >= 1)) {
                throw new IllegalArgumentException("minOrders must be at least 1 and cpcCapFactor at least 1");
            }
        }

        public static Settings defaults() {
            return new Settings(2, 1.2, new BigDecimal("0.02"), new BigDecimal("10.00"), OptionalDouble.empty());
        }
    }

    /**
     * What the account holds beyond the report window.
     *
     * @param exactKeywords the exact keywords of the latest bulksheet download
     * @param startDate the start date of a campaign created now: the day after the data ends
     */
    public record Account(List<ExactKeyword> exactKeywords, LocalDate startDate) {
        public Account {
            exactKeywords = List.copyOf(Objects.requireNonNull(exactKeywords, "exactKeywords"));
            Objects.requireNonNull(startDate, "startDate");
        }
    }

    /** Clicks, orders, spend and sales pooled over some search-term rows. */
    record Evidence(long clicks, long orders, double spend, double sales) {
        static final Evidence NONE = new Evidence(0, 0, 0, 0);

        static Evidence of(SearchTermStats row) {
            return new Evidence(row.clicks(), row.orders(), row.spend().amount().doubleValue(),
                    row.sales().amount().doubleValue());
        }

        Evidence plus(Evidence other) {
            return new Evidence(clicks + other.clicks, orders + other.orders, spend + other.spend, sales + other.sales);
        }
    }

    private record TermKey(Sku sku, String term) {}

    private final Settings settings;
    private final Account account;

    public HarvestingSearchTerms(Settings settings, Account account) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.account = Objects.requireNonNull(account, "account");
    }

    @Override
    public List<Action> propose(ProposalInput input) {
        Map<AdGroupRef, Evidence> byAdGroup = new HashMap<>();
        Map<TermKey, List<SearchTermStats>> candidates = new LinkedHashMap<>();
        Set<TermKey> exact = new LinkedHashSet<>();
        account.exactKeywords().forEach(k -> exact.add(new TermKey(k.sku(), normalised(k.keywordText()))));
        for (SearchTermStats row : input.searchTerms()) {
            byAdGroup.merge(adGroupOf(row), Evidence.of(row), Evidence::plus);
            if (row.matchType().equalsIgnoreCase("EXACT")) {
                exact.add(new TermKey(row.sku(), normalised(row.targeting())));
            } else if ((row.automatic() || isBroadOrPhrase(row)) && isKeyword(row.searchTerm())) {
                candidates.computeIfAbsent(new TermKey(row.sku(), normalised(row.searchTerm())), k -> new ArrayList<>())
                        .add(row);
            }
        }
        double k = settings.priorClicks().orElseGet(() -> PriorStrength.fit(
                input.targets(), ShrunkClickRates.MIN_PRIOR_CLICKS, ShrunkClickRates.MAX_PRIOR_CLICKS));
        HarvestDestinations destinations = new HarvestDestinations(account, settings, input);
        List<Action> actions = new ArrayList<>();
        Map<Sku, SkuEconomics> skus = input.skusBySku();
        for (Map.Entry<TermKey, List<SearchTermStats>> candidate : candidates.entrySet()) {
            if (!exact.contains(candidate.getKey())) {
                harvest(candidate.getValue(), byAdGroup, k, input, skus, destinations).ifPresent(actions::add);
            }
        }
        return actions;
    }

    private Optional<Action> harvest(List<SearchTermStats> rows, Map<AdGroupRef, Evidence> byAdGroup, double k,
            ProposalInput input, Map<Sku, SkuEconomics> skus, HarvestDestinations destinations) {
        SearchTermStats first = rows.get(0);
        Evidence term = rows.stream().map(Evidence::of).reduce(Evidence.NONE, Evidence::plus);
        List<AdGroupRef> sources = rows.stream().map(HarvestingSearchTerms::adGroupOf).distinct().toList();
        Evidence groups = sources.stream().map(byAdGroup::get).reduce(Evidence.NONE, Evidence::plus);
        Optional<SkuEconomics> sku = Optional.ofNullable(skus.get(first.sku()));
        if (term.orders() < settings.minOrders() || term.sales() <= 0 || groups.clicks() == 0 || sku.isEmpty()) {
            return Optional.empty();
        }
        double targetAcos = TargetAcos.of(sku.get().objective(), sku.get().breakEvenAcos(), input.terms());
        double groupConversion = (double) groups.orders() / groups.clicks();
        double conversion = (term.orders() + k * groupConversion) / (term.clicks() + k);
        double acos = term.spend() / term.sales();
        if (Double.isNaN(targetAcos) || conversion < groupConversion || !(acos < targetAcos)) {
            return Optional.empty();
        }
        double salesPerClick = (term.sales() + k * groups.sales() / groups.clicks()) / (term.clicks() + k);
        double valueOfClick = salesPerClick * targetAcos;
        double costPerClick = term.spend() / term.clicks();
        BigDecimal bid = BigDecimal.valueOf(Math.min(valueOfClick, costPerClick * settings.cpcCapFactor()))
                .setScale(2, RoundingMode.DOWN);
        if (bid.compareTo(settings.minBid()) < 0) {
            return Optional.empty();
        }
        Currency currency = first.spend().currency();
        Money startingBid = Money.of(bid, currency);
        HarvestDestinations.Destination destination = destinations.forSku(first.sku(), sources, targetAcos);
        String text = first.searchTerm().trim();
        String summary = String.format(Locale.ROOT,
                "\"%s\" converted %d of %d clicks (%.1f %%, shrunk %.1f %%, its ad groups %.1f %%) at ACoS %.1f %% under"
                        + " the SKU's target %.1f %%; exact at %s, the value of a click %.2f capped at %.1f × its CPC %.2f",
                text, term.orders(), term.clicks(), 100.0 * term.orders() / term.clicks(), conversion * 100,
                groupConversion * 100, acos * 100, targetAcos * 100, startingBid.plain(), valueOfClick,
                settings.cpcCapFactor(), costPerClick);
        return Optional.of(new HarvestKeyword(first.sku(), text, startingBid, destination.adGroup(),
                destination.newCampaign(), sources, new Rationale(summary, List.of(
                        Figure.count("clicks", term.clicks()),
                        Figure.count("orders", term.orders()),
                        Figure.ratio("conversion", (double) term.orders() / term.clicks()),
                        Figure.ratio("shrunk_conversion", conversion),
                        Figure.ratio("ad_group_conversion", groupConversion),
                        Figure.ratio("acos", acos),
                        Figure.ratio("target_acos", targetAcos),
                        Figure.money("value_of_click", Money.of(BigDecimal.valueOf(valueOfClick), currency)),
                        Figure.money("cost_per_click", Money.of(BigDecimal.valueOf(costPerClick), currency)),
                        Figure.money("bid", startingBid)))));
    }

    static AdGroupRef adGroupOf(SearchTermStats row) {
        return new AdGroupRef(row.campaignId(), row.adGroupId(), row.campaignName(), row.adGroupName());
    }

    static String normalised(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean isBroadOrPhrase(SearchTermStats row) {
        return row.matchType().equalsIgnoreCase("BROAD") || row.matchType().equalsIgnoreCase("PHRASE");
    }

    private static boolean isKeyword(String term) {
        String trimmed = term.trim();
        return !trimmed.isEmpty() && !trimmed.equals("*") && !Asin.looksLike(trimmed);
    }
}
