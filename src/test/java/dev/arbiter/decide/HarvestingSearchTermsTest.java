package dev.arbiter.decide;

import static dev.arbiter.decide.SearchTerms.aTerm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.economics.ExactKeyword;
import dev.arbiter.economics.SearchTermStats;
import dev.arbiter.model.Action;
import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.AdGroupRef;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.HarvestKeyword;
import dev.arbiter.model.NewCampaign;
import dev.arbiter.model.ObjectiveTerms;
import dev.arbiter.model.Sku;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * GP-01 is a profit SKU: break-even ACoS 0.45, less the 0.10 required margin, so its target ACoS is 0.35. The prior
 * strength is fixed at 20 clicks. Ad group 11 (broad) holds six terms over 200 clicks, 15 orders and 320.00 of sales:
 * its conversion rate is 15 / 200 = 0.075 and its sales per click 1.60.
 */
class HarvestingSearchTermsTest {
    private static final AdGroupRef EXACT_GROUP =
            new AdGroupRef(new CampaignId("3"), new AdGroupId("31"), "Garlic Press - Exact", "Exact AG");
    private static final LocalDate START = LocalDate.of(2026, 3, 31);

    private static List<SearchTermStats> adGroup11() {
        return List.of(
                // 4 / 40 = 0.10, ACoS 30 / 100 = 0.30 < 0.35: harvested
                aTerm("garlic press steel").delivered(40, 4, "30.00", "100.00").build(),
                // one order is not enough evidence
                aTerm("garlic mincer").delivered(40, 1, "20.00", "25.00").build(),
                // ACoS 10 / 20 = 0.50 above target
                aTerm("garlic crusher").delivered(20, 2, "10.00", "20.00").build(),
                // an ASIN is not a keyword
                aTerm("b0abcdefgh").delivered(20, 3, "10.00", "60.00").build(),
                // already exact for GP-01 in ad group 31
                aTerm("garlic press").delivered(30, 3, "15.00", "75.00").build(),
                // shrunk (2 + 20 × 0.075) / (50 + 20) = 0.05 below the ad group's 0.075
                aTerm("garlic tool").delivered(50, 2, "10.00", "40.00").build());
    }

    @Test
    void exactly_the_term_with_enough_orders_good_conversion_and_low_acos_is_harvested() {
        List<Action> actions = propose(List.of(exactInGroup31("garlic press")), adGroup11());

        assertEquals(1, actions.size());
        HarvestKeyword harvest = (HarvestKeyword) actions.get(0);
        assertEquals("garlic press steel", harvest.keywordText());
        assertEquals(new Sku("GP-01"), harvest.sku());
        assertEquals(List.of(new AdGroupRef(new CampaignId("1"), new AdGroupId("11"), "Garlic Press - Broad", "AG 11")),
                harvest.negateIn());
    }

    @Test
    void the_starting_bid_is_the_value_of_a_click_when_below_the_cpc_cap() {
        // shrunk sales per click (100 + 20 × 1.60) / (40 + 20) = 2.20; × 0.35 = 0.77; cap 1.2 × 30 / 40 = 0.90
        HarvestKeyword harvest = onlyHarvest(propose(List.of(exactInGroup31("garlic press")), adGroup11()));

        assertEquals(new BigDecimal("0.77"), harvest.bid().amount().setScale(2));
        assertEquals("\"garlic press steel\" converted 4 of 40 clicks (10.0 %, shrunk 9.2 %, its ad groups 7.5 %) at"
                + " ACoS 30.0 % under the SKU's target 35.0 %; exact at 0.77, the value of a click 0.77 capped at 1.2 ×"
                + " its CPC 0.75", harvest.rationale().summary());
    }

    @Test
    void the_starting_bid_is_capped_at_a_multiple_of_what_the_term_paid_per_click() {
        // alone in its ad group: shrinkage changes nothing; value 200 / 40 × 0.35 = 1.75; cap 1.2 × 20 / 40 = 0.60
        SearchTermStats cheap = aTerm("garlic press steel").delivered(40, 4, "20.00", "200.00").build();

        assertEquals(new BigDecimal("0.60"), onlyHarvest(propose(List.of(), List.of(cheap))).bid().amount().setScale(2));
    }

    @Test
    void the_keyword_goes_into_the_serving_exact_ad_group_of_the_sku_that_is_not_its_source() {
        HarvestKeyword harvest = onlyHarvest(propose(List.of(exactInGroup31("garlic press")), adGroup11()));

        assertEquals(EXACT_GROUP, harvest.destination());
        assertEquals(Optional.empty(), harvest.newCampaign());
    }

    @Test
    void without_an_exact_ad_group_a_new_campaign_is_created_at_the_skus_value_of_a_click() {
        // the SKU's search terms: 320.00 / 200 clicks × 0.35 = 0.56, capped at their CPC 95.00 / 200 = 0.475 → 0.47
        HarvestKeyword harvest = onlyHarvest(propose(List.of(pausedInGroup31("garlic press")), adGroup11()));

        assertEquals(new AdGroupRef(new CampaignId("harvest-GP-01"), new AdGroupId("harvest-GP-01-exact"),
                "GP-01 - Harvest - Exact", "Harvest Exact"), harvest.destination());
        assertEquals(Optional.of(new NewCampaign(START, Skus.usd("10.00"), Skus.usd("0.47"))), harvest.newCampaign());
    }

    @Test
    void a_paused_exact_keyword_still_counts_as_targeted_but_its_ad_group_does_not_receive_harvests() {
        List<ExactKeyword> paused = List.of(pausedInGroup31("garlic press"), pausedInGroup31("Garlic  Press Steel"));

        assertEquals(List.of(), propose(paused, adGroup11()));
    }

    @Test
    void a_term_from_an_auto_campaign_is_negated_in_every_ad_group_it_came_from() {
        List<SearchTermStats> rows = new ArrayList<>(adGroup11());
        rows.add(aTerm("garlic press steel").inAutoCampaign().delivered(20, 2, "10.00", "50.00").build());

        HarvestKeyword harvest = onlyHarvest(propose(List.of(exactInGroup31("garlic press")), rows));

        assertEquals(List.of("11", "21"), harvest.negateIn().stream().map(g -> g.adGroupId().value()).toList());
    }

    @Test
    void a_term_a_keyword_already_matches_exactly_in_the_report_is_not_harvested() {
        List<SearchTermStats> rows = new ArrayList<>(adGroup11());
        rows.add(aTerm("garlic press steel").adGroup("12").matchedBy("garlic press steel", "EXACT")
                .delivered(10, 1, "5.00", "25.00").build());

        assertTrue(propose(List.of(exactInGroup31("garlic press")), rows).isEmpty());
    }

    private static ExactKeyword exactInGroup31(String text) {
        return new ExactKeyword(new Sku("GP-01"), EXACT_GROUP, text, true);
    }

    private static ExactKeyword pausedInGroup31(String text) {
        return new ExactKeyword(new Sku("GP-01"), EXACT_GROUP, text, false);
    }

    private static List<Action> propose(List<ExactKeyword> exact, List<SearchTermStats> rows) {
        HarvestingSearchTerms.Settings defaults = HarvestingSearchTerms.Settings.defaults();
        HarvestingSearchTerms proposer = new HarvestingSearchTerms(new HarvestingSearchTerms.Settings(
                defaults.minOrders(), defaults.cpcCapFactor(), defaults.minBid(), defaults.newCampaignBudget(),
                OptionalDouble.of(20)), new HarvestingSearchTerms.Account(exact, START));
        return proposer.propose(new ProposalInput(List.of(Skus.aProfitSku("GP-01").build()), List.of(), rows, Map.of(),
                ObjectiveTerms.defaults()));
    }

    private static HarvestKeyword onlyHarvest(List<Action> actions) {
        assertEquals(1, actions.size(), () -> "expected one harvest, got " + actions);
        return (HarvestKeyword) actions.get(0);
    }
}
