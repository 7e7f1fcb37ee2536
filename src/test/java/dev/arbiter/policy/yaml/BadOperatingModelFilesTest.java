package dev.arbiter.policy.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of bad operating-model file, with the exact problems it must produce. */
class BadOperatingModelFilesTest {

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
                decision_rights:
                  listing.review: { decides: ecommerce }
                rules:
                  - id: r
                    when: |
                      sku.tacos > 0.15 &&
                        sku.trend < 0.0
                    then: { action: listing.review, owner: ecommerce }
                """,
                "operating-model.yaml:8:9: unknown variable 'sku.trend'; "
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
    void an_unknown_objective_and_an_unknown_term_are_reported() {
        assertProblems("marketplace: US\nobjectives:\n  lanch: { max_weeks: 8 }\n  profit: { required_margn: 0.1 }\n",
                "operating-model.yaml:3:3: unknown key 'lanch' in objectives; did you mean 'launch'?",
                "operating-model.yaml:4:13: unknown key 'required_margn' in the profit objective; "
                        + "did you mean 'required_margin'?");
    }

    @Test
    void an_empty_value_is_reported() {
        assertProblems("marketplace: US\nusers:\n  - { name: finance, role: }\n",
                "operating-model.yaml:3:27: a role is empty; write a value after the ':'");
    }

    @Test
    void a_mapping_where_a_list_belongs_is_reported() {
        assertProblems("marketplace: US\nguardrails:\n  id: g\n",
                "operating-model.yaml:3:3: guardrails must be a list; write it as '[a, b]' or as lines starting with '- '");
    }

    @Test
    void an_unknown_action_type_as_a_decision_right_and_a_duplicate_right_are_reported() {
        assertProblems("""
                marketplace: US
                decision_rights:
                  bid.change:  { decides: marketing }
                  bid.chance:  { decides: marketing }
                  bid.change:  { decides: finance }
                """,
                "operating-model.yaml:4:3: unknown action type 'bid.chance'; did you mean 'bid.change'?",
                "operating-model.yaml:5:3: duplicate key 'bid.change' in decision_rights; keep only one");
    }

    @Test
    void an_unknown_severity_is_reported_with_the_two_forms_it_may_take() {
        assertProblems("""
                marketplace: US
                guardrails:
                  - { id: g, owner: cmo, applies_to: [restock.order], severity: warn, require: "action.value < 1.0" }
                """,
                "operating-model.yaml:3:65: unknown severity 'warn'; write 'block' or '{ escalate: <role> }'");
    }

    @Test
    void an_unknown_key_in_the_customers_section_is_placed_with_the_nearest_known_key() {
        assertProblems("marketplace: US\ncustomers:\n  postgae: 3.20\n",
                "operating-model.yaml:3:3: unknown key 'postgae' in customers; did you mean 'postage'?");
    }

    @Test
    void customer_costs_that_are_not_numbers_negative_or_a_share_above_one_are_each_reported() {
        assertProblems("""
                marketplace: US
                customers:
                  picking: cheap
                  packing: -0.40
                  postage: [3.20]
                  cost_of_goods_share: 35
                """,
                "operating-model.yaml:3:12: picking must be a number, not 'cheap'; write digits with a '.' for decimals",
                "operating-model.yaml:4:12: packing cannot be negative; write 0 when the order costs nothing for it",
                "operating-model.yaml:5:12: postage must be a single value, not a list or mapping",
                "operating-model.yaml:6:24: cost_of_goods_share must be between 0 and 1, not 35; "
                        + "write a share of sales, e.g. 0.35 for 35%");
    }

    @Test
    void inventory_terms_out_of_range_or_not_whole_days_are_each_reported() {
        assertProblems("""
                marketplace: US
                inventory:
                  service_level: 1.5
                  review_days: 0
                  overstock_days: 2.5
                  safety: 3
                """,
                "operating-model.yaml:3:18: service_level must be at least 0.5 and below 1, not 1.5; "
                        + "write the chance of not running out before a restock arrives, e.g. 0.95 for 95%",
                "operating-model.yaml:4:16: review_days must be at least 1, not 0; write a whole number of days",
                "operating-model.yaml:5:19: overstock_days must be a whole number",
                "operating-model.yaml:6:3: unknown key 'safety' in inventory; known keys are service_level, review_days,"
                        + " overstock_days");
    }

    @Test
    void a_customers_section_that_is_not_a_mapping_or_names_an_unknown_currency_is_reported() {
        assertProblems("marketplace: US\ncustomers: 3.20\n",
                "operating-model.yaml:2:12: customers must be a mapping of keys to values; write it as 'key: value' lines");
        assertProblems("marketplace: US\ncustomers: { currency: EURO }\n",
                "operating-model.yaml:2:24: unknown currency 'EURO'; write an ISO 4217 code such as USD, GBP or EUR");
    }

    private static void assertProblems(String text, String... expected) {
        ArbiterException failure = assertThrows(
                ArbiterException.class, () -> OperatingModelFile.parse("operating-model.yaml", text));
        assertEquals(List.of(expected), failure.problems().stream().map(Problem::render).toList());
    }
}
