package dev.arbiter.govern;

import static dev.arbiter.govern.Actions.aBidChange;
import static dev.arbiter.govern.Actions.aBudgetChange;
import static dev.arbiter.govern.Actions.aNegativeKeyword;
import static dev.arbiter.govern.Actions.aPause;
import static dev.arbiter.govern.Actions.aRestockOrder;
import static dev.arbiter.govern.OperatingModels.aModelWithoutRights;
import static dev.arbiter.govern.OperatingModels.theDemoModel;
import static dev.arbiter.govern.Skus.aProfitableSku;
import static dev.arbiter.govern.Skus.aThinMarginSku;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.model.Objective;
import dev.arbiter.policy.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class GovernorTest {
    private final Governor governor = new Governor(theDemoModel());

    @Test
    void a_bid_raise_inside_local_authority_and_every_guardrail_goes_automatically() {
        Classification result = governor.classify(aBidChange("1.20"), Context.forSku(aProfitableSku().build()));

        assertEquals(new Verdict.AutoApproved(), result.verdict());
        assertEquals(List.of(
                new GuardrailCheck("margin-floor", true, "holds: action.step_pct <= 0.0 || "
                        + "sku.contribution_after_ads_pct >= 0.05 || sku.objective == 'launch'"),
                new GuardrailCheck("no-ads-without-stock", true,
                        "holds: action.step_pct <= 0.0 || sku.days_of_cover >= 7.0")), result.checks());
    }

    @Test
    void blocks_a_bid_raise_when_contribution_after_ads_is_below_the_floor() {
        Classification result = governor.classify(aBidChange("1.10"), Context.forSku(aThinMarginSku().build()));

        assertEquals(new Verdict.Blocked("margin-floor",
                "raising spend on a SKU that keeps less than 5% after ads needs a launch objective"), result.verdict());
    }

    @Test
    void a_launch_objective_lets_a_thin_margin_sku_raise_its_bid() {
        var launch = aThinMarginSku().objective(Objective.LAUNCH).build();

        assertEquals(new Verdict.AutoApproved(), governor.classify(aBidChange("1.10"), Context.forSku(launch)).verdict());
    }

    @Test
    void the_first_failing_block_names_the_verdict_and_every_check_is_recorded() {
        var thinAndOutOfStock = aThinMarginSku().daysOfCover(3).build();

        Classification result = governor.classify(aBidChange("1.10"), Context.forSku(thinAndOutOfStock));

        assertEquals("margin-floor", result.verdict().blockedBy().orElseThrow());
        assertEquals(List.of(false, false), result.checks().stream().map(GuardrailCheck::passed).toList());
    }

    @Test
    void lowering_a_bid_passes_the_spend_guardrails_even_on_a_thin_margin() {
        Classification result = governor.classify(aBidChange("0.80"), Context.forSku(aThinMarginSku().build()));

        assertEquals(new Verdict.AutoApproved(), result.verdict());
    }

    @Test
    void a_sku_without_revenue_fails_the_margin_floor_because_nan_compares_false() {
        var unsold = aProfitableSku().revenue("0").build();

        assertEquals(Status.BLOCKED, governor.classify(aBidChange("1.10"), Context.forSku(unsold)).verdict().status());
    }

    @Test
    void a_failing_escalate_guardrail_sends_the_action_to_its_role() {
        Classification result = governor.classify(aRestockOrder(3750), Context.forSku(aProfitableSku().build()));

        assertEquals(new Verdict.Awaiting(Role.CMO,
                "large-orders-to-cmo: orders above 25,000 commit working capital the CMO arbitrates"), result.verdict());
    }

    @Test
    void an_irreversible_action_waits_for_its_approver_even_inside_its_limits() {
        Classification result = governor.classify(aRestockOrder(375), Context.forSku(aProfitableSku().build()));

        assertEquals(new Verdict.Awaiting(Role.FINANCE,
                "restock.order cannot be undone, so it is outside ecommerce's local authority"), result.verdict());
    }

    @Test
    void a_bid_step_beyond_local_authority_waits_for_the_deciding_role_when_there_is_no_approver() {
        Classification result = governor.classify(aBidChange("1.45"), Context.forSku(aProfitableSku().build()));

        assertEquals(new Verdict.Awaiting(Role.MARKETING, "step +45% exceeds marketing's local authority of 30%"),
                result.verdict());
    }

    @Test
    void a_bid_step_of_exactly_the_limit_goes_automatically() {
        Classification result = governor.classify(aBidChange("1.30"), Context.forSku(aProfitableSku().build()));

        assertEquals(new Verdict.AutoApproved(), result.verdict());
    }

    @Test
    void a_budget_cut_beyond_local_authority_waits_for_the_approver() {
        Classification result = governor.classify(aBudgetChange("100.00", "50.00"), Context.empty());

        assertEquals(new Verdict.Awaiting(Role.FINANCE, "step -50% exceeds marketing's local authority of 20%"),
                result.verdict());
    }

    @Test
    void value_at_stake_beyond_local_authority_waits() {
        Classification result = governor.classify(aNegativeKeyword("600.00"), Context.forSku(aProfitableSku().build()));

        assertEquals(new Verdict.Awaiting(Role.MARKETING,
                "value at stake 600.00 USD exceeds marketing's local authority of 500 USD"), result.verdict());
    }

    @Test
    void guardrails_that_do_not_apply_to_the_type_are_not_checked() {
        Classification result = governor.classify(aPause(), Context.forSku(aThinMarginSku().daysOfCover(2).build()));

        assertEquals(new Classification(new Verdict.AutoApproved(), List.of()), result);
    }

    @Test
    void a_guardrail_that_cannot_be_evaluated_fails_closed_and_says_why() {
        Classification result = new Governor(OperatingModels.aModelWithAGuardrailThatCannotBeEvaluatedWithoutATarget())
                .classify(aBidChange("1.05"), Context.forSku(aProfitableSku().build()));

        assertEquals(new Verdict.Blocked("clicks-convert", "only bid on targets whose clicks convert"), result.verdict());
        assertTrue(result.checks().get(0).detail().startsWith("could not be evaluated ("), result.checks().get(0).detail());
    }

    @Test
    void a_listing_review_waits_for_the_role_that_decides_it_because_a_person_acts_on_it() {
        Classification classification = governor.classify(Actions.aListingReview(), Context.forSku(aProfitableSku().build()));

        assertEquals(new Verdict.Awaiting(Role.ECOMMERCE,
                "listing.review cannot be undone, so it is outside ecommerce's local authority"), classification.verdict());
    }

    @Test
    void an_action_without_a_decision_right_waits_for_the_cmo() {
        Classification result = new Governor(aModelWithoutRights())
                .classify(aBidChange("1.05"), Context.forSku(aProfitableSku().build()));

        assertEquals(new Verdict.Awaiting(Role.CMO, "no decision right for bid.change in the operating model"),
                result.verdict());
    }
}
