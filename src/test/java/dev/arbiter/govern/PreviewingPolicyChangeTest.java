package dev.arbiter.govern;

import static dev.arbiter.govern.Actions.aBidChange;
import static dev.arbiter.govern.Actions.aRestockOrder;
import static dev.arbiter.govern.OperatingModels.theDemoModel;
import static dev.arbiter.govern.OperatingModels.theDemoModelWith;
import static dev.arbiter.govern.Skus.aProfitableSku;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.model.Action;
import dev.arbiter.policy.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PreviewingPolicyChangeTest {
    private final Governor governor = new Governor(theDemoModel());

    @Test
    void lists_the_open_actions_whose_verdict_the_candidate_changes() {
        LedgerEntry bid = entry("A-1", aBidChange("1.20"), Status.AUTO_APPROVED);
        LedgerEntry order = entry("A-2", aRestockOrder(1000), Status.AWAITING);
        var stricter = theDemoModelWith("sku.contribution_after_ads_pct >= 0.05", "sku.contribution_after_ads_pct >= 0.25");

        PreviewingPolicyChange.Impact impact = new PreviewingPolicyChange(theDemoModel(), stricter)
                .of(List.of(bid, order), action -> Optional.of(Context.forSku(aProfitableSku().build())));

        assertEquals(2, impact.considered());
        assertEquals(List.of("A-1"), impact.changes().stream().map(c -> c.entry().id()).toList());
        assertEquals(new Verdict.AutoApproved(), impact.changes().get(0).now());
        assertEquals(Optional.of("margin-floor"), impact.changes().get(0).then().blockedBy());
    }

    @Test
    void executed_and_rejected_actions_and_actions_without_current_data_are_left_out() {
        LedgerEntry executed = entry("A-1", aBidChange("1.20"), Status.EXECUTED);
        LedgerEntry rejected = entry("A-2", aBidChange("1.10"), Status.REJECTED);
        LedgerEntry unknown = entry("A-3", aRestockOrder(1000), Status.AWAITING);

        PreviewingPolicyChange.Impact impact = new PreviewingPolicyChange(theDemoModel(), theDemoModel())
                .of(List.of(executed, rejected, unknown), action -> Optional.empty());

        assertEquals(0, impact.considered());
    }

    @Test
    void a_different_reason_for_the_same_role_is_not_a_change_of_verdict() {
        LedgerEntry order = entry("A-2", aRestockOrder(1000), Status.AWAITING);
        var higherLimit = theDemoModelWith("max_value: 5000", "max_value: 6000");

        PreviewingPolicyChange.Impact impact = new PreviewingPolicyChange(theDemoModel(), higherLimit)
                .of(List.of(order), action -> Optional.of(Context.forSku(aProfitableSku().build())));

        assertEquals(List.of(), impact.changes());
        assertEquals(Optional.of(Role.FINANCE), governor.classify(aRestockOrder(1000),
                Context.forSku(aProfitableSku().build())).verdict().awaitedRole());
    }

    private LedgerEntry entry(String id, Action action, Status status) {
        return new LedgerEntry(id, action, governor.classify(action, Context.forSku(aProfitableSku().build())), status,
                LocalDate.of(2026, 11, 20), Instant.parse("2026-11-21T06:00:00Z"), Optional.empty(), Optional.empty());
    }
}
