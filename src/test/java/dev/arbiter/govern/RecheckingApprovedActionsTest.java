package dev.arbiter.govern;

import static dev.arbiter.govern.Actions.aBidChange;
import static dev.arbiter.govern.Actions.aBudgetChange;
import static dev.arbiter.govern.OperatingModels.theDemoModel;
import static dev.arbiter.govern.Skus.aProfitableSku;
import static dev.arbiter.govern.Skus.aThinMarginSku;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.model.Action;
import dev.arbiter.policy.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecheckingApprovedActionsTest {
    private static final LocalDate PROPOSED_ON = LocalDate.of(2026, 11, 20);
    private static final LocalDate FRESH = LocalDate.of(2026, 11, 27);

    private final RecheckingApprovedActions rechecking = new RecheckingApprovedActions(theDemoModel());
    private final Governor governor = new Governor(theDemoModel());

    @Test
    void an_approved_action_whose_guardrails_still_hold_on_fresh_data_goes_ahead() {
        LedgerEntry entry = entry(aBidChange("1.20"), Status.AUTO_APPROVED, Context.forSku(aProfitableSku().build()));

        assertEquals(Optional.empty(), rechecking.basisChanged(entry, Context.forSku(aProfitableSku().build()), FRESH));
    }

    @Test
    void a_bid_raise_whose_margin_fell_below_the_floor_on_fresh_data_returns_to_the_guardrail_owner() {
        LedgerEntry entry = entry(aBidChange("1.20"), Status.AUTO_APPROVED, Context.forSku(aProfitableSku().build()));

        Classification back = rechecking.basisChanged(entry, Context.forSku(aThinMarginSku().build()), FRESH).orElseThrow();

        assertEquals(new Verdict.Awaiting(Role.FINANCE, "re-checked before execution on fresh data to 2026-11-27"
                + " (proposed on data to 2026-11-20): guardrail margin-floor now fails: raising spend on a SKU that keeps"
                + " less than 5% after ads needs a launch objective"), back.verdict());
    }

    @Test
    void an_action_a_person_approved_beyond_local_authority_is_not_sent_back_for_that_alone() {
        LedgerEntry entry = entry(aBudgetChange("100.00", "150.00"), Status.APPROVED,
                Context.forSku(aProfitableSku().build()));

        assertEquals(Optional.empty(), rechecking.basisChanged(entry, Context.forSku(aProfitableSku().build()), FRESH));
    }

    @Test
    void an_auto_approved_action_outside_a_tightened_authority_returns_to_the_approver() {
        LedgerEntry entry = entry(aBidChange("1.20"), Status.AUTO_APPROVED, Context.forSku(aProfitableSku().build()));
        var tightened = new RecheckingApprovedActions(OperatingModels.theDemoModelWith(
                "bid.change:       { decides: marketing, auto_within: { max_step_pct: 30 } }",
                "bid.change:       { decides: marketing, auto_within: { max_step_pct: 10 } }"));

        Classification back = tightened.basisChanged(entry, Context.forSku(aProfitableSku().build()), PROPOSED_ON)
                .orElseThrow();

        assertEquals(new Verdict.Awaiting(Role.MARKETING, "re-checked before execution on the data of 2026-11-20:"
                + " no longer automatic: step +20% exceeds marketing's local authority of 10%"), back.verdict());
    }

    @Test
    void an_action_whose_sku_has_no_current_data_returns_to_its_approver() {
        LedgerEntry entry = entry(aBudgetChange("100.00", "150.00"), Status.APPROVED,
                Context.forSku(aProfitableSku().build()));

        assertEquals(new Verdict.Awaiting(Role.FINANCE, "re-checked before execution: no data for its SKU in the window"
                + " ending 2026-11-27"), rechecking.noCurrentData(entry, FRESH).verdict());
    }

    private LedgerEntry entry(Action action, Status status, Context context) {
        return new LedgerEntry("A-1", action, governor.classify(action, context), status, PROPOSED_ON,
                Instant.parse("2026-11-21T06:00:00Z"), Optional.empty(), Optional.empty());
    }
}
