package dev.arbiter.policy.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.arbiter.model.ActionType;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Marketplace;
import dev.arbiter.model.Money;
import dev.arbiter.model.ObjectiveTerms;
import dev.arbiter.model.Problem;
import dev.arbiter.policy.AuthorityLimit;
import dev.arbiter.policy.BudgetKind;
import dev.arbiter.policy.CustomerCosts;
import dev.arbiter.policy.DecisionRight;
import dev.arbiter.policy.Guardrail;
import dev.arbiter.policy.InventoryTerms;
import dev.arbiter.policy.OperatingModel;
import dev.arbiter.policy.Role;
import dev.arbiter.policy.Severity;
import dev.arbiter.policy.SourcePosition;
import dev.arbiter.policy.User;
import dev.arbiter.policy.Visibility;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatingModelFileTest {
    private static final String FIXTURE = "/dev/arbiter/policy/yaml/operating-model.yaml";

    @Test
    void the_demo_operating_model_loads_with_its_rights_guardrails_objectives_and_budgets(@TempDir Path folder)
            throws IOException {
        Path file = folder.resolve("operating-model.yaml");
        Files.writeString(file, fixture(), StandardCharsets.UTF_8);

        OperatingModel model = OperatingModelFile.load(file);

        assertEquals(Marketplace.US, model.marketplace());
        assertEquals("USD", model.currency());
        assertEquals(7, model.attributionDays());
        assertEquals(new User("finance", Role.FINANCE), model.users().get(1));
        assertEquals(7, model.decisionRights().size());
        assertEquals(new DecisionRight(ActionType.RESTOCK_ORDER, Role.ECOMMERCE, Optional.of(Role.FINANCE),
                new AuthorityLimit(OptionalDouble.empty(), OptionalDouble.of(5000)), false),
                model.decisionRight(ActionType.RESTOCK_ORDER).orElseThrow());
        assertEquals(OptionalDouble.of(30), model.decisionRight(ActionType.BID_CHANGE).orElseThrow().autoWithin().maxStepPct());
        assertEquals(List.of("margin-floor", "no-ads-without-stock", "large-orders-to-cmo"),
                model.guardrails().stream().map(Guardrail::id).toList());
        Guardrail large = model.guardrails().get(2);
        assertEquals(new Severity.Escalate(Role.CMO), large.severity());
        assertEquals(Set.of(ActionType.RESTOCK_ORDER), large.appliesTo());
        assertEquals("action.value <= 25000.0", large.require().source());
        assertEquals(new SourcePosition(41, 15), large.require().position());
        assertEquals(new ObjectiveTerms(0.10, 0.15, 8, 0.25, 0.05, 90), model.objectiveTerms());
        assertEquals(BudgetKind.GROWTH, model.budgets().get(1).kind());
        assertEquals(Money.of("30000", "USD"), model.budgets().get(1).monthly());
        assertEquals("portfolio.contribution_after_ads_pct >= 0.08",
                model.budgets().get(1).releaseWhen().orElseThrow().source());
        assertEquals(Map.of(Role.AGENCY, Visibility.MARGIN_TIERS), model.visibility());
        assertEquals(java.util.Optional.of(ActionType.LISTING_REVIEW), model.rules().get(0).action());
    }

    @Test
    void an_unknown_variable_is_placed_on_its_character_with_a_suggestion_and_a_caret() {
        String text = """
                marketplace: US
                guardrails:
                  - id: g
                    owner: finance
                    applies_to: [bid.change]
                    require: "action.step_pct <= 0.0 || sku.margin_pct >= 0.05"
                """;

        ArbiterException failure = assertThrows(ArbiterException.class, () -> OperatingModelFile.parse("operating-model.yaml", text));

        assertEquals(ErrorKind.USER, failure.kind());
        assertEquals("""
                1 problem in operating-model.yaml:
                operating-model.yaml:6:41: unknown variable 'sku.margin_pct'; did you mean 'sku.contribution_after_ads_pct'?
                 |     require: "action.step_pct <= 0.0 || sku.margin_pct >= 0.05"
                 | ........................................^""", failure.getMessage());
        assertEquals(new Problem("operating-model.yaml", 6, 41, "", "unknown variable 'sku.margin_pct'",
                "did you mean 'sku.contribution_after_ads_pct'?"), failure.problems().get(0));
    }

    @Test
    void the_customers_section_gives_per_order_costs_in_its_own_currency_or_the_marketplaces() {
        OperatingModel model = OperatingModelFile.parse("operating-model.yaml", """
                marketplace: UK
                customers:
                  picking: 0.80
                  packing: 0.40
                  postage: 3.20
                  return_handling: 2.50
                  cost_of_goods_share: 0.45
                """);
        OperatingModel euros = OperatingModelFile.parse("operating-model.yaml",
                "marketplace: UK\ncustomers: { currency: EUR, postage: 4 }\n");

        assertEquals(new CustomerCosts(Money.of("0.80", "GBP"), Money.of("0.40", "GBP"), Money.of("3.20", "GBP"),
                Money.of("2.50", "GBP"), 0.45), model.customerCosts().orElseThrow());
        assertEquals(new CustomerCosts(Money.of("0", "EUR"), Money.of("0", "EUR"), Money.of("4", "EUR"),
                Money.of("0", "EUR"), 0), euros.customerCosts().orElseThrow());
    }

    @Test
    void the_inventory_section_sets_service_level_review_and_overstock_days_each_defaulting_alone() {
        OperatingModel model = OperatingModelFile.parse("operating-model.yaml",
                "marketplace: US\ninventory: { service_level: 0.98, overstock_days: 45 }\n");
        assertEquals(new InventoryTerms(0.98, 7, 45), model.inventoryTerms());
        assertEquals(InventoryTerms.defaults(),
                OperatingModelFile.parse("operating-model.yaml", "marketplace: US\n").inventoryTerms());
        // z of a 95 % service level
        assertEquals(1.6449, InventoryTerms.defaults().z(), 1e-4);
    }

    @Test
    void a_model_without_a_customers_section_has_no_per_order_costs() {
        assertEquals(Optional.empty(), OperatingModelFile.parse("operating-model.yaml", "marketplace: US\n").customerCosts());
    }

    @Test
    void a_missing_file_is_a_user_problem(@TempDir Path folder) {
        ArbiterException failure = assertThrows(
                ArbiterException.class, () -> OperatingModelFile.load(folder.resolve("operating-model.yaml")));

        assertEquals(ErrorKind.USER, failure.kind());
        assertEquals("no operating model file at " + folder.resolve("operating-model.yaml"), failure.problems().get(0).reason());
    }

    private static String fixture() throws IOException {
        try (InputStream in = OperatingModelFileTest.class.getResourceAsStream(FIXTURE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
