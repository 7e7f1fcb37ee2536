package dev.arbiter.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.policy.yaml.OperatingModelFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyChangeTest {
    private static final String DEMO = demoText();
    private static final String MARGIN_FLOOR = "sku.contribution_after_ads_pct >= 0.05";
    private static final String GROWTH_CONDITION = "portfolio.contribution_after_ads_pct >= 0.08";

    @Test
    void finance_may_change_the_margin_guardrail_it_owns() {
        PolicyChange change = change(MARGIN_FLOOR, "sku.contribution_after_ads_pct >= 0.08");

        assertEquals(List.of(new ChangedPart("guardrails.margin-floor", "changed", java.util.Set.of(Role.FINANCE))),
                change.parts());
        assertEquals(List.of(), change.refusedFor(Role.FINANCE));
    }

    @Test
    void finance_may_change_a_budget_condition_but_not_the_envelope() {
        PolicyChange condition = change(GROWTH_CONDITION, "portfolio.contribution_after_ads_pct >= 0.10");
        PolicyChange envelope = change("monthly: 30000", "monthly: 45000");

        assertEquals(List.of(), condition.refusedFor(Role.FINANCE));
        assertEquals(List.of("budgets.Growth (changed, owned by cmo)"),
                envelope.refusedFor(Role.FINANCE).stream().map(ChangedPart::describe).toList());
    }

    @Test
    void finance_may_not_change_a_guardrail_the_cmo_owns_nor_decision_rights() {
        PolicyChange change = change("action.value <= 25000.0", "action.value <= 2000.0",
                "max_step_pct: 30", "max_step_pct: 50");

        assertEquals(List.of("decision_rights.bid.change (changed, owned by cmo)",
                        "guardrails.large-orders-to-cmo (changed, owned by cmo)"),
                change.refusedFor(Role.FINANCE).stream().map(ChangedPart::describe).toList());
    }

    @Test
    void taking_over_a_guardrail_by_changing_its_owner_needs_both_owners() {
        PolicyChange change = change("owner: ecommerce\n    applies_to", "owner: finance\n    applies_to");

        assertEquals(List.of("guardrails.no-ads-without-stock (changed, owned by ecommerce and finance)"),
                change.refusedFor(Role.FINANCE).stream().map(ChangedPart::describe).toList());
        assertEquals(1, change.refusedFor(Role.ECOMMERCE).size());
    }

    @Test
    void finance_owns_the_customers_per_order_costs() {
        PolicyChange change = change("rules:", "customers: { postage: 3.20, cost_of_goods_share: 0.35 }\nrules:");

        assertEquals(List.of("customers (added, owned by finance)"),
                change.parts().stream().map(ChangedPart::describe).toList());
        assertEquals(List.of(), change.refusedFor(Role.FINANCE));
        assertEquals(1, change.refusedFor(Role.MARKETING).size());
    }

    @Test
    void objectives_per_sku_or_category_belong_to_the_cmo() {
        PolicyChange change = change("objectives:\n", "objectives:\n  assign:\n    - { category: Outdoor, objective: launch, from: 2026-01-05 }\n");

        assertEquals(List.of("objectives (changed, owned by cmo)"),
                change.refusedFor(Role.ECOMMERCE).stream().map(ChangedPart::describe).toList());
        assertEquals(List.of(), change.refusedFor(Role.CMO));
    }

    @Test
    void moving_an_objective_entry_to_another_line_is_no_change() {
        String entry = "objectives:\n  assign:\n    - { category: Outdoor, objective: launch, from: 2026-01-05 }\n";
        String before = DEMO.replace("objectives:\n", entry);
        String after = DEMO.replace("objectives:\n", entry).replace("attribution_days: 7", "attribution_days: 7\n\n");

        assertEquals(true, PolicyChange.between(OperatingModelFile.parse("operating-model.yaml", before),
                OperatingModelFile.parse("operating-model.yaml", after)).isEmpty());
    }

    @Test
    void the_cmo_may_change_everything() {
        PolicyChange change = change("max_step_pct: 30", "max_step_pct: 50");

        assertEquals(List.of(), change.refusedFor(Role.CMO));
    }

    @Test
    void the_same_model_is_no_change() {
        assertEquals(true, change("attribution_days: 7", "attribution_days: 7").isEmpty());
    }

    /** The change from the demo model to the demo model with each text replaced by the one after it. */
    private static PolicyChange change(String... replacements) {
        String after = DEMO;
        for (int i = 0; i < replacements.length; i += 2) {
            if (!after.contains(replacements[i])) {
                throw new IllegalArgumentException("the demo model has no '" + replacements[i] + "'");
            }
            after = after.replace(replacements[i], replacements[i + 1]);
        }
        return PolicyChange.between(OperatingModelFile.parse("operating-model.yaml", DEMO),
                OperatingModelFile.parse("operating-model.yaml", after));
    }

    private static String demoText() {
        try (InputStream in = PolicyChangeTest.class.getResourceAsStream("/dev/arbiter/policy/yaml/operating-model.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
