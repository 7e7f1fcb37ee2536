package dev.arbiter.decide;

import static dev.arbiter.decide.Skus.aProfitSku;
import static dev.arbiter.decide.Targets.aKeyword;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.Action;
import dev.arbiter.model.BidChange;
import dev.arbiter.model.Figure;
import dev.arbiter.model.Objective;
import dev.arbiter.model.ObjectiveAssignment;
import dev.arbiter.model.ObjectivePeriod;
import dev.arbiter.model.ObjectivePlan;
import dev.arbiter.model.ObjectiveTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProposingBidChangesTest {
    // The default SKU breaks even at ACoS 0.45 (CM1 450 / revenue 1000); profit with margin 0.10 targets 0.35.
    private static final ObjectiveTerms TERMS = ObjectiveTerms.defaults();
    // A required margin of 0.25 makes the profit target 0.45 − 0.25 = 0.20.
    private static final ObjectiveTerms TARGET_020 = new ObjectiveTerms(0.25, 0.15, 8, 0.25, 0.05, 90);

    // A fixed prior worth 40 clicks. The ACoS tests use a SKU without sessions: with no organic anchor and a lone
    // target every level holds the same clicks, so the target's own rates stand unshrunk.
    private final ProposingBidChanges proposer = new ProposingBidChanges(
            new ProposingBidChanges.Settings(20, 0.5, new BigDecimal("0.02"), 0.05, 40));

    @Test
    void an_acos_of_twice_the_target_halves_the_bid() {
        // bid 1.00 × 0.20 / 0.40 = 0.50, exactly the −50 % bound
        TargetEconomics target = aKeyword("101").delivered(40, 4, "40.00", "100.00").build();
        assertEquals(new BigDecimal("0.50"), onlyNewBid(propose(TARGET_020, target)));
    }

    @Test
    void a_cut_beyond_the_step_bound_is_capped_at_half_the_bid() {
        // ACoS 80.00 / 100.00 = 0.80: ideal 1.00 × 0.20 / 0.80 = 0.25, capped at 1.00 × (1 − 0.5) = 0.50
        TargetEconomics target = aKeyword("101").delivered(40, 4, "80.00", "100.00").build();
        assertEquals(new BigDecimal("0.50"), onlyNewBid(propose(TARGET_020, target)));
    }

    @Test
    void an_acos_below_the_target_raises_the_bid() {
        // ACoS 40 / 160 = 0.25 against 0.35: 1.00 × 0.35 / 0.25 = 1.40; a click is worth 160 / 40 × 0.35 = 1.40
        TargetEconomics target = aKeyword("101").delivered(40, 4, "40.00", "160.00").build();
        assertEquals(new BigDecimal("1.40"), onlyNewBid(propose(TERMS, target)));
    }

    @Test
    void a_raise_never_goes_above_the_value_of_a_click() {
        // ACoS 25 / 100 = 0.25 against 0.35 would raise 1.00 to 1.40, but a click sells 100 / 40 = 2.50 and is
        // worth 2.50 × 0.35 = 0.875 → 0.88: clicks bought at 0.625 leave room that a higher bid would only waste
        TargetEconomics target = aKeyword("101").delivered(40, 4, "25.00", "100.00").build();
        assertEquals(new BigDecimal("0.88"), onlyNewBid(propose(TERMS, target)));
    }

    @Test
    void a_raise_beyond_the_step_bound_is_capped_at_one_and_a_half_times_the_bid() {
        // ACoS 40 / 400 = 0.10 against 0.35: ideal 3.50 (a click is worth 10.00 × 0.35 = 3.50), capped at 1.50
        TargetEconomics target = aKeyword("101").delivered(40, 4, "40.00", "400.00").build();
        assertEquals(new BigDecimal("1.50"), onlyNewBid(propose(TERMS, target)));
    }

    @Test
    void a_bounded_cut_rounds_toward_the_current_bid_so_it_stays_inside_the_bound() {
        // ideal 0.66 × 0.20 / 0.80 = 0.165; the 30 % bound is 0.66 × 0.70 = 0.462, rounded up to 0.47 (−28.8 %),
        // never down to 0.46 (−30.3 %), which would exceed the authority the step was sized for
        ProposingBidChanges thirtyPercent = new ProposingBidChanges(new ProposingBidChanges.Settings(
                20, 0.30, new BigDecimal("0.02"), 0.05));
        TargetEconomics target = aKeyword("101").bid("0.66").delivered(40, 4, "80.00", "100.00").build();
        List<Action> actions = thirtyPercent.propose(input(TARGET_020, withoutSessions(), target));
        assertEquals(new BigDecimal("0.47"), onlyNewBid(actions));
    }

    @Test
    void a_bounded_raise_rounds_toward_the_current_bid_so_it_stays_inside_the_bound() {
        // ACoS 52.80 / 528.00 = 0.10 against 0.35 (a click is worth 13.20 × 0.35 = 4.62): the 30 % bound is
        // 1.32 × 1.30 = 1.716, rounded down to 1.71, never up to 1.72
        ProposingBidChanges thirtyPercent = new ProposingBidChanges(new ProposingBidChanges.Settings(
                20, 0.30, new BigDecimal("0.02"), 0.05));
        TargetEconomics target = aKeyword("101").bid("1.32").delivered(40, 4, "52.80", "528.00").build();
        List<Action> actions = thirtyPercent.propose(input(TERMS, withoutSessions(), target));
        assertEquals(new BigDecimal("1.71"), onlyNewBid(actions));
    }

    @Test
    void a_change_under_five_percent_is_not_proposed() {
        // ACoS 40 / 117.65 = 0.34 against 0.35: 1.00 × 0.35 / 0.34 = 1.0294 → 1.03, a 3 % step
        TargetEconomics target = aKeyword("101").delivered(40, 4, "40.00", "117.65").build();
        assertEquals(List.of(), propose(TERMS, target));
    }

    @Test
    void a_target_with_fewer_than_twenty_clicks_is_not_judged() {
        TargetEconomics target = aKeyword("101").delivered(19, 1, "80.00", "100.00").build();
        assertEquals(List.of(), propose(TERMS, target));
    }

    @Test
    void a_target_without_clicks_is_not_judged() {
        TargetEconomics target = aKeyword("101").delivered(0, 0, "0.00", "0.00").build();
        assertEquals(List.of(), propose(TERMS, target));
    }

    @Test
    void a_paused_target_keeps_its_bid() {
        TargetEconomics target = aKeyword("101").state("paused").delivered(40, 4, "80.00", "100.00").build();
        assertEquals(List.of(), propose(TERMS, target));
    }

    @Test
    void a_target_without_orders_bids_the_value_of_a_click_at_its_ad_group_conversion() {
        // organic 1000.00 / 600 sessions = 1.6667 a session; the SKU's ads sold 200.00 in 40 + 60 = 100 clicks:
        // (200 + 40 × 1.6667) / (100 + 40) = 1.9048; campaign and ad group hold the same 100 clicks (skipped);
        // the silent target: (0 + 40 × 1.9048) / (40 + 40) = 0.9524 a click × 0.35 = 0.3333 → 0.33
        TargetEconomics silent = aKeyword("101").bid("0.50").delivered(40, 0, "20.00", "0.00").build();
        TargetEconomics selling = aKeyword("102").text("garlic crusher", "exact").delivered(60, 3, "30.00", "200.00").build();
        List<Action> actions = proposer.propose(input(TERMS, aProfitSku("GP-01").build(), silent, selling));
        assertEquals(new BigDecimal("0.33"), newBidOf(actions, "keyword:101"));
    }

    @Test
    void a_target_without_orders_in_an_ad_group_without_orders_uses_the_sku_sales_per_session() {
        // revenue 1000.00 / 600 sessions = 1.6667 a session; 40 silent clicks: (0 + 40 × 1.6667) / 80 = 0.8333 a
        // click × 0.35 = 0.2917 → 0.29; orders 60 / 600 sessions = 0.10 shrinks to (0 + 40 × 0.10) / 80 = 0.05
        TargetEconomics silent = aKeyword("101").bid("0.50").delivered(40, 0, "20.00", "0.00").build();
        BidChange change = (BidChange) proposer.propose(input(TERMS, aProfitSku("GP-01").build(), silent)).get(0);
        assertEquals(new BigDecimal("0.29"), change.newBid().amount().setScale(2));
        assertEquals(new BigDecimal("0.29"), figure(change, "click_value").setScale(2));
        assertEquals(0.05, figure(change, "expected_conversion_rate").doubleValue(), 1e-12);
    }

    @Test
    void a_target_without_any_conversion_to_lean_on_is_cut_by_the_largest_step() {
        // no orders anywhere and no sessions: a click is worth 0, the bid falls by the bound to 0.50
        TargetEconomics silent = aKeyword("101").delivered(40, 0, "20.00", "0.00").build();
        SkuEconomics noSessions = aProfitSku("GP-01").sessions(0).build();
        List<Action> actions = proposer.propose(input(TERMS, noSessions, silent));
        assertEquals(new BigDecimal("0.50"), onlyNewBid(actions));
    }

    @Test
    void a_sku_without_revenue_has_no_target_acos_and_keeps_its_bids() {
        TargetEconomics target = aKeyword("101").delivered(40, 4, "80.00", "100.00").build();
        SkuEconomics unsold = aProfitSku("GP-01").withoutSales().build();
        assertTrue(Double.isNaN(unsold.breakEvenAcos()));
        assertEquals(List.of(), proposer.propose(input(TERMS, unsold, target)));
    }

    @Test
    void a_target_whose_sku_has_no_economics_keeps_its_bid() {
        TargetEconomics target = aKeyword("101").sku("OTHER-SKU").delivered(40, 4, "80.00", "100.00").build();
        assertEquals(List.of(), propose(TERMS, target));
    }

    @Test
    void a_launch_sku_bids_up_to_its_allowance_above_break_even() {
        // launch target 0.45 + 0.15 = 0.60; ACoS 0.40: 1.00 × 0.60 / 0.40 = 1.50
        TargetEconomics target = aKeyword("101").delivered(40, 4, "40.00", "100.00").build();
        SkuEconomics launch = aProfitSku("GP-01").objective(Objective.LAUNCH).sessions(0).build();
        assertEquals(new BigDecimal("1.50"), onlyNewBid(proposer.propose(input(TERMS, launch, target))));
    }

    @Test
    void orders_without_attributed_sales_count_as_no_sales_and_fall_back_to_the_sku_conversion() {
        // the ACoS is NaN: (0 + 40 × 1000.00 / 600) / (40 + 40) = 0.8333 a click × 0.35 = 0.29
        TargetEconomics target = aKeyword("101").bid("0.50").delivered(40, 2, "20.00", "0.00").build();
        assertTrue(Double.isNaN(target.acos()));
        assertEquals(new BigDecimal("0.29"), onlyNewBid(proposer.propose(input(TERMS, aProfitSku("GP-01").build(), target))));
    }

    @Test
    void a_bid_is_never_cut_below_the_minimum() {
        // bid 0.03, ideal 0.03 × 0.20 / 0.80 = 0.0075, bound 0.015, minimum 0.02
        TargetEconomics target = aKeyword("101").bid("0.03").delivered(40, 4, "80.00", "100.00").build();
        assertEquals(new BigDecimal("0.02"), onlyNewBid(propose(TARGET_020, target)));
    }

    @Test
    void the_rationale_carries_the_numbers_behind_the_change() {
        TargetEconomics target = aKeyword("101").delivered(40, 4, "40.00", "100.00").build();
        BidChange change = (BidChange) propose(TARGET_020, target).get(0);
        assertEquals(new BigDecimal("40"), figure(change, "clicks"));
        assertEquals(new BigDecimal("4"), figure(change, "orders"));
        assertEquals(0.40, figure(change, "acos").doubleValue(), 1e-12);
        assertEquals(0.20, figure(change, "target_acos").doubleValue(), 1e-12);
        assertEquals(0.45, figure(change, "break_even_acos").doubleValue(), 1e-12);
        assertEquals(new BigDecimal("1.00"), figure(change, "current_bid").setScale(2));
        assertEquals(new BigDecimal("0.50"), figure(change, "new_bid").setScale(2));
        assertEquals(
                "ACoS 40.0 % (40.0 % after shrinkage toward SKU ads) against a target ACoS of 20.0 % (profit): bid 1.00 → 0.50",
                change.rationale().summary());
    }

    @Test
    void the_rationale_says_when_a_time_bounded_objective_ends_and_what_follows() {
        // a launch targets break-even 0.45 + 0.15 = 0.60; ACoS 0.40 raises 1.00 × 0.60 / 0.40 = 1.50, and a click
        // selling 100 / 40 = 2.50 is worth 2.50 × 0.60 = 1.50; the launch began 2026-03-01 for 8 weeks: through 04-25
        ObjectivePlan plan = new ObjectivePlan(List.of(new ObjectiveAssignment(ObjectiveAssignment.Subject.CATEGORY,
                "Kitchen", List.of(
                        new ObjectivePeriod(Objective.LAUNCH, Optional.of(LocalDate.of(2026, 3, 1)), Optional.of(LocalDate.of(2026, 4, 25))),
                        new ObjectivePeriod(Objective.PROFIT, Optional.of(LocalDate.of(2026, 4, 26)), Optional.empty())),
                0, 0)), Objective.GROWTH);
        ProposingBidChanges planned = new ProposingBidChanges(
                new ProposingBidChanges.Settings(20, 0.5, new BigDecimal("0.02"), 0.05, 40), plan);
        TargetEconomics target = aKeyword("101").delivered(40, 4, "40.00", "100.00").build();

        BidChange change = (BidChange) planned.propose(
                input(TERMS, aProfitSku("GP-01").objective(Objective.LAUNCH).sessions(0).build(), target)).get(0);

        assertEquals("ACoS 40.0 % (40.0 % after shrinkage toward SKU ads) against a target ACoS of 60.0 % (launch for "
                + "category Kitchen until 2026-04-25, then profit): bid 1.00 → 1.50", change.rationale().summary());
    }

    private List<Action> propose(ObjectiveTerms terms, TargetEconomics... targets) {
        return proposer.propose(input(terms, withoutSessions(), targets));
    }

    private static SkuEconomics withoutSessions() {
        return aProfitSku("GP-01").sessions(0).build();
    }

    private static ProposalInput input(ObjectiveTerms terms, SkuEconomics sku, TargetEconomics... targets) {
        return new ProposalInput(List.of(sku), List.of(targets), List.of(), Map.of(), terms);
    }

    private static BigDecimal onlyNewBid(List<Action> actions) {
        assertEquals(1, actions.size(), () -> "expected one action, got " + actions);
        return ((BidChange) actions.get(0)).newBid().amount().setScale(2);
    }

    private static BigDecimal newBidOf(List<Action> actions, String subject) {
        return actions.stream().filter(a -> a.subject().equals(subject)).map(a -> ((BidChange) a).newBid().amount().setScale(2))
                .findFirst().orElseThrow();
    }

    private static BigDecimal figure(Action action, String name) {
        return action.rationale().figure(name).map(Figure::value).orElseThrow(() -> new AssertionError("no " + name));
    }
}
