package dev.arbiter.decide;

import dev.arbiter.economics.SearchTermStats;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.Action;
import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.Asin;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.Figure;
import dev.arbiter.model.Money;
import dev.arbiter.model.NegativeKeyword;
import dev.arbiter.model.Rationale;
import dev.arbiter.model.Sku;
import dev.arbiter.model.TargetRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Adds a negative exact keyword where a customer search term bought clicks and no order, in the ad group where it
 * spent, once the silence is statistically sufficient: the chance of no order in that many clicks at the expected
 * conversion rate, (1 − cvr)^clicks, must fall below a set level. The expected rate is that of the rest of the ad
 * group's search terms, or the SKU's organic units per session where the rest has no order; without either the term
 * is not judged. A term that is itself an exact keyword of that ad group is left to the bid proposer; ASINs
 * and the detail-page placeholder {@code *} are not keywords and are left alone.
 */
public final class NegatingWastedSearchTerms implements Proposer {

    /**
     * When a search term has spent enough to be judged.
     *
     * @param maxChanceOfSilence a term is negated only when no order in its clicks had less than this chance
     * @param minSpend spend a term needs, in the currency of its ad group
     */
    public record Settings(double maxChanceOfSilence, BigDecimal minSpend) {
        public Settings {
            Objects.requireNonNull(minSpend, "minSpend");
            if (!(maxChanceOfSilence > 0 && maxChanceOfSilence < 1)) {
                throw new IllegalArgumentException("maxChanceOfSilence must be between 0 and 1, got " + maxChanceOfSilence);
            }
        }

        public static Settings defaults() {
            return new Settings(0.05, new BigDecimal("10.00"));
        }
    }

    /** A search term in one ad group, matched regardless of case. */
    private record TermKey(CampaignId campaignId, AdGroupId adGroupId, String term) {}

    /** An ad group, as campaign and ad group id. */
    private record GroupKey(CampaignId campaignId, AdGroupId adGroupId) {}

    private final Settings settings;

    public NegatingWastedSearchTerms(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public List<Action> propose(ProposalInput input) {
        Map<TermKey, List<SearchTermStats>> byTerm = new LinkedHashMap<>();
        Map<GroupKey, long[]> groupClicksAndOrders = new HashMap<>();
        for (SearchTermStats stats : input.searchTerms()) {
            byTerm.computeIfAbsent(
                            termKey(stats.campaignId(), stats.adGroupId(), stats.searchTerm()), k -> new ArrayList<>())
                    .add(stats);
            long[] totals = groupClicksAndOrders.computeIfAbsent(
                    new GroupKey(stats.campaignId(), stats.adGroupId()), k -> new long[2]);
            totals[0] += stats.clicks();
            totals[1] += stats.orders();
        }
        Set<TermKey> exactKeywords = exactKeywords(input.targets());
        Map<Sku, SkuEconomics> skus = input.skusBySku();
        List<Action> actions = new ArrayList<>();
        for (Map.Entry<TermKey, List<SearchTermStats>> entry : byTerm.entrySet()) {
            TermKey key = entry.getKey();
            List<SearchTermStats> rows = entry.getValue();
            SearchTermStats first = rows.get(0);
            long clicks = rows.stream().mapToLong(SearchTermStats::clicks).sum();
            long orders = rows.stream().mapToLong(SearchTermStats::orders).sum();
            Money spend = rows.stream()
                    .map(SearchTermStats::spend)
                    .reduce(Money.zero(first.spend().currency()), Money::plus);
            if (orders > 0 || spend.amount().compareTo(settings.minSpend()) < 0
                    || !isKeyword(key.term()) || isExactKeyword(key, rows, exactKeywords)) {
                continue;
            }
            long[] group = groupClicksAndOrders.get(new GroupKey(key.campaignId(), key.adGroupId()));
            long restClicks = group[0] - clicks;
            double expected;
            String basis;
            if (restClicks > 0 && group[1] > 0) {
                expected = (double) group[1] / restClicks;
                basis = "the rest of the ad group's";
            } else {
                Optional<SkuEconomics> sku = Optional.ofNullable(skus.get(first.sku()));
                if (sku.isEmpty() || sku.get().sessions() == 0 || sku.get().units() == 0) {
                    continue;
                }
                expected = Math.min(1.0, (double) sku.get().units() / sku.get().sessions());
                basis = "the SKU's organic";
            }
            double chance = Math.pow(1 - expected, clicks);
            if (!(chance < settings.maxChanceOfSilence())) {
                continue;
            }
            String summary = String.format(
                    Locale.ROOT, "\"%s\" took %d clicks and %s %s without an order; at %s %.1f %% conversion that"
                            + " happens by chance %.1f %% of the time",
                    first.searchTerm(), clicks, spend.plain(), spend.currency().getCurrencyCode(), basis,
                    expected * 100, chance * 100);
            actions.add(new NegativeKeyword(
                    first.campaignId(), first.adGroupId(), first.campaignName(), first.adGroupName(),
                    first.searchTerm().trim(), first.sku(), spend, new Rationale(summary, List.of(
                            Figure.count("clicks", clicks),
                            Figure.money("spend", spend),
                            Figure.count("orders", 0),
                            Figure.ratio("expected_conversion", expected),
                            Figure.ratio("chance_of_no_order", chance)))));
        }
        return actions;
    }

    private static TermKey termKey(CampaignId campaignId, AdGroupId adGroupId, String term) {
        return new TermKey(campaignId, adGroupId, normalised(term));
    }

    private static String normalised(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isKeyword(String term) {
        return !term.isEmpty() && !term.equals("*") && !Asin.looksLike(term);
    }

    /** Whether the term is an exact keyword of its ad group, as the report's targeting or the account shows. */
    private static boolean isExactKeyword(TermKey key, List<SearchTermStats> rows, Set<TermKey> exactKeywords) {
        boolean matchedExactly = rows.stream().anyMatch(row -> row.matchType().equalsIgnoreCase("exact")
                && normalised(row.targeting()).equals(key.term()));
        return matchedExactly || exactKeywords.contains(key);
    }

    /** The account's exact keywords by campaign, ad group and text: looked up once per term, not scanned. */
    private static Set<TermKey> exactKeywords(List<TargetEconomics> targets) {
        Set<TermKey> keys = new HashSet<>();
        for (TargetEconomics economics : targets) {
            TargetRef target = economics.target();
            if (target.kind() == TargetRef.Kind.KEYWORD && target.matchType().equalsIgnoreCase("exact")) {
                keys.add(termKey(target.campaignId(), target.adGroupId(), target.text()));
            }
        }
        return keys;
    }
}
