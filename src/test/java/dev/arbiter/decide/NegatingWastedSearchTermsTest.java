package dev.arbiter.decide;

import static dev.arbiter.decide.SearchTerms.aTerm;
import static dev.arbiter.decide.Targets.aKeyword;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.economics.SearchTermStats;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.Action;
import dev.arbiter.model.Figure;
import dev.arbiter.model.NegativeKeyword;
import dev.arbiter.model.ObjectiveTerms;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NegatingWastedSearchTermsTest {
    private final NegatingWastedSearchTerms proposer =
            new NegatingWastedSearchTerms(NegatingWastedSearchTerms.Settings.defaults());

    @Test
    void a_term_with_many_clicks_and_no_order_is_negated_exactly_where_it_spent() {
        // the rest of the ad group converts 3 / 30 = 0.10: no order in 30 clicks by chance 0.9^30 = 4.2 % < 5 %
        SearchTermStats wasted = aTerm("garlic peeler").delivered(30, 0, "12.00", "0.00").build();
        SearchTermStats selling = aTerm("garlic press").delivered(30, 3, "15.00", "90.00").build();
        NegativeKeyword negative = onlyNegative(propose(List.of(), wasted, selling));
        assertEquals("garlic peeler", negative.keywordText());
        assertEquals("11", negative.adGroupId().value());
        assertEquals("1", negative.campaignId().value());
        assertEquals(new BigDecimal("12.00"), negative.wastedSpend().amount().setScale(2));
    }

    @Test
    void the_rationale_shows_clicks_spend_no_orders_and_the_chance_of_that_silence() {
        SearchTermStats wasted = aTerm("garlic peeler").delivered(30, 0, "12.00", "0.00").build();
        SearchTermStats selling = aTerm("garlic press").delivered(30, 3, "15.00", "90.00").build();
        Action negative = propose(List.of(), wasted, selling).get(0);
        assertEquals(new BigDecimal("30"), figure(negative, "clicks"));
        assertEquals(new BigDecimal("12.00"), figure(negative, "spend").setScale(2));
        assertEquals(new BigDecimal("0"), figure(negative, "orders"));
        // 3 orders in the other 30 clicks; 0.9^30 = 0.042391
        assertEquals(0.10, figure(negative, "expected_conversion").doubleValue(), 1e-12);
        assertEquals(0.042391, figure(negative, "chance_of_no_order").doubleValue(), 1e-6);
        assertEquals("\"garlic peeler\" took 30 clicks and 12.00 USD without an order; at the rest of the ad group's"
                + " 10.0 % conversion that happens by chance 4.2 % of the time", negative.rationale().summary());
    }

    @Test
    void clicks_and_spend_are_summed_over_the_keywords_that_matched_the_term_in_one_ad_group() {
        // 16 + 14 = 30 clicks, 5.00 + 5.00 = 10.00 spent; no other term in the ad group, so the SKU's organic
        // 60 units / 600 sessions = 0.10 is expected: 0.9^30 = 4.2 % < 5 %
        SearchTermStats viaBroad = aTerm("garlic peeler").delivered(16, 0, "5.00", "0.00").build();
        SearchTermStats viaPhrase = aTerm("garlic peeler").matchedBy("garlic p", "PHRASE").delivered(14, 0, "5.00", "0.00").build();
        assertEquals(new BigDecimal("10.00"), onlyNegative(propose(List.of(), viaBroad, viaPhrase)).wastedSpend().amount().setScale(2));
    }

    @Test
    void a_term_whose_silence_could_still_be_chance_is_left_alone() {
        // 0.9^28 = 5.2 %, not below 5 %
        assertEquals(List.of(), propose(List.of(), aTerm("garlic peeler").delivered(28, 0, "12.00", "0.00").build()));
    }

    @Test
    void a_term_in_a_rarely_converting_ad_group_needs_far_more_clicks() {
        // the rest converts 2 / 100 = 0.02: 60 silent clicks happen by chance 0.98^60 = 29.8 % of the time
        SearchTermStats wasted = aTerm("garlic peeler").delivered(60, 0, "30.00", "0.00").build();
        SearchTermStats selling = aTerm("garlic press").delivered(100, 2, "50.00", "60.00").build();
        assertEquals(List.of(), propose(List.of(), wasted, selling));
    }

    @Test
    void a_term_without_any_conversion_rate_to_expect_is_not_judged() {
        SearchTermStats wasted = aTerm("garlic peeler").delivered(200, 0, "100.00", "0.00").build();
        assertEquals(List.of(), proposer.propose(new ProposalInput(
                List.of(), List.of(), List.of(wasted), Map.of(), ObjectiveTerms.defaults())));
    }

    @Test
    void a_term_below_the_spend_threshold_is_left_alone() {
        assertEquals(List.of(), propose(List.of(), aTerm("garlic peeler").delivered(40, 0, "9.99", "0.00").build()));
    }

    @Test
    void a_term_with_an_order_is_left_alone() {
        assertEquals(List.of(), propose(List.of(), aTerm("garlic peeler").delivered(40, 1, "30.00", "20.00").build()));
    }

    @Test
    void a_term_that_is_an_exact_keyword_of_its_ad_group_is_left_to_the_bid_proposer() {
        SearchTermStats viaBroad = aTerm("Garlic Peeler").delivered(30, 0, "12.00", "0.00").build();
        TargetEconomics exact = aKeyword("101").text("garlic peeler", "exact").build();
        assertEquals(List.of(), propose(List.of(exact), viaBroad));
    }

    @Test
    void a_term_matched_by_its_own_exact_keyword_is_left_to_the_bid_proposer() {
        SearchTermStats viaExact = aTerm("garlic peeler").matchedBy("garlic peeler", "EXACT").delivered(30, 0, "12.00", "0.00").build();
        assertEquals(List.of(), propose(List.of(), viaExact));
    }

    @Test
    void an_exact_keyword_of_another_ad_group_does_not_protect_the_term() {
        SearchTermStats viaBroad = aTerm("garlic peeler").delivered(30, 0, "12.00", "0.00").build();
        TargetEconomics elsewhere = aKeyword("101").adGroup("12").text("garlic peeler", "exact").build();
        assertEquals(1, propose(List.of(elsewhere), viaBroad).size());
    }

    @Test
    void asins_and_the_detail_page_placeholder_are_not_negated_as_keywords() {
        SearchTermStats asin = aTerm("b0c1x2y3z4").delivered(30, 0, "12.00", "0.00").build();
        SearchTermStats star = aTerm("*").delivered(30, 0, "12.00", "0.00").build();
        assertEquals(List.of(), propose(List.of(), asin, star));
    }

    @Test
    void the_same_term_is_judged_separately_in_each_ad_group() {
        SearchTermStats wastedHere = aTerm("garlic peeler").delivered(30, 0, "12.00", "0.00").build();
        SearchTermStats fineThere = aTerm("garlic peeler").adGroup("12").delivered(5, 0, "3.00", "0.00").build();
        assertEquals("11", onlyNegative(propose(List.of(), wastedHere, fineThere)).adGroupId().value());
    }

    private List<Action> propose(List<TargetEconomics> targets, SearchTermStats... terms) {
        return proposer.propose(new ProposalInput(
                List.of(Skus.aProfitSku("GP-01").build()), targets, List.of(terms), Map.of(), ObjectiveTerms.defaults()));
    }

    private static NegativeKeyword onlyNegative(List<Action> actions) {
        assertEquals(1, actions.size(), () -> "expected one negative, got " + actions);
        return (NegativeKeyword) actions.get(0);
    }

    private static BigDecimal figure(Action action, String name) {
        return action.rationale().figure(name).map(Figure::value).orElseThrow(() -> new AssertionError("no " + name));
    }
}
