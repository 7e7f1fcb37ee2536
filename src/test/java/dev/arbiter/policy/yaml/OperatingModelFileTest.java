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
import dev.arbiter.policy.DecisionRight;
import dev.arbiter.policy.Guardrail;
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
        assertEquals(ActionType.LISTING_REVIEW, model.rules().get(0).action());
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
    void an_unknown_key_is_reported_with_the_nearest_known_key() {
        assertProblems("marketplace: US\natribution_days: 7\n",
                "operating-model.yaml:2:1: unknown key 'atribution_days' in the operating model; "
                        + "did you mean 'attribution_days'?");
    }

    @Test
    void a_shortened_key_is_suggested_in_full() {
        assertProblems("marketplace: US\ndecision_rights:\n  bid.change: { decides: marketing, auto_within: { max_step: 30 } }\n",
                "operating-model.yaml:3:52: unknown key 'max_step' in auto_within; did you mean 'max_step_pct'?");
    }

    @Test
    void every_problem_of_the_file_is_reported_together_unknown_role_action_type_and_a_non_bool_condition() {
        assertProblems("""
                marketplace: US
                guardrails:
                  - id: g
                    owner: finanse
                    applies_to: [bid.chnage]
                    require: sku.acos * 2.0
                """,
                "operating-model.yaml:4:12: unknown role 'finanse'; did you mean 'finance'?",
                "operating-model.yaml:5:18: unknown action type 'bid.chnage'; did you mean 'bid.change'?",
                "operating-model.yaml:6:14: the condition must be true or false, but it is a double; "
                        + "compare it, e.g. '>= 0.05'");
    }

    @Test
    void bad_indentation_is_reported_where_the_yaml_breaks() {
        assertProblems("""
                marketplace: US
                guardrails:
                  - id: g
                    owner: finance
                     applies_to: [bid.change]
                """,
                "operating-model.yaml:5:16: invalid YAML: mapping values are not allowed here; "
                        + "check the indentation and the ':' after each key");
    }

    @Test
    void an_error_inside_a_multi_line_condition_points_at_its_own_line() {
        assertProblems("""
                marketplace: US
                rules:
                  - id: r
                    when: |
                      sku.tacos > 0.15 &&
                        sku.trend < 0.0
                    then: { action: listing.review, owner: ecommerce }
                """,
                "operating-model.yaml:6:9: unknown variable 'sku.trend'; "
                        + "variables start with sku., action., target. or portfolio.");
    }

    @Test
    void duplicate_ids_and_unfinished_conditions_are_reported() {
        assertProblems("""
                marketplace: US
                guardrails:
                  - id: g
                    owner: finance
                    applies_to: [bid.change]
                    require: "sku.days_of_cover >= 7"
                  - id: g
                    owner: finance
                    applies_to: [bid.change]
                    require: "sku.days_of_cover >= "
                """,
                "operating-model.yaml:7:9: duplicate guardrail 'g'; give each guardrail its own id",
                "operating-model.yaml:10:36: the condition ends too early; complete the comparison");
    }

    @Test
    void missing_required_keys_are_reported_at_their_mapping() {
        assertProblems("marketplace: US\nguardrails:\n  - id: g\n    owner: finance\n",
                "operating-model.yaml:3:5: missing key 'applies_to' in a guardrail; add 'applies_to: ...'",
                "operating-model.yaml:3:5: missing key 'require' in a guardrail; add 'require: ...'");
    }

    @Test
    void a_word_where_a_number_belongs_is_reported() {
        assertProblems("marketplace: US\nattribution_days: seven\n",
                "operating-model.yaml:2:19: attribution_days must be a number, not 'seven'; "
                        + "write digits with a '.' for decimals");
    }

    @Test
    void a_missing_file_is_a_user_problem(@TempDir Path folder) {
        ArbiterException failure = assertThrows(
                ArbiterException.class, () -> OperatingModelFile.load(folder.resolve("operating-model.yaml")));

        assertEquals(ErrorKind.USER, failure.kind());
        assertEquals("no operating model file at " + folder.resolve("operating-model.yaml"), failure.problems().get(0).reason());
    }

    private static void assertProblems(String text, String... expected) {
        ArbiterException failure = assertThrows(
                ArbiterException.class, () -> OperatingModelFile.parse("operating-model.yaml", text));
        assertEquals(List.of(expected), failure.problems().stream().map(Problem::render).toList());
    }

    private static String fixture() throws IOException {
        try (InputStream in = OperatingModelFileTest.class.getResourceAsStream(FIXTURE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
