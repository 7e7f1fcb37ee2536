package dev.arbiter.policy.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each mistake an objective entry can hold, with the exact problem and its place. */
class BadObjectiveEntriesTest {

    @Test
    void an_unknown_objective_is_named_with_the_nearest_one() {
        assertProblems("    - { category: Outdoor, objective: lanch, from: 2026-01-05 }\n",
                "operating-model.yaml:4:39: unknown objective 'lanch'; did you mean 'launch'?");
    }

    @Test
    void weeks_and_until_together_are_refused() {
        assertProblems("    - { sku: HW-1, objective: launch, from: 2026-01-05, until: 2026-02-01, weeks: 4 }\n",
                "operating-model.yaml:4:83: give either 'weeks' or 'until', not both; keep the one you mean");
    }

    @Test
    void weeks_without_a_from_date_cannot_be_counted() {
        assertProblems("    - { sku: HW-1, objective: growth, weeks: 4 }\n",
                "operating-model.yaml:4:46: 'weeks' needs a 'from' date to count from; add 'from: YYYY-MM-DD' or write 'until'");
    }

    @Test
    void two_entries_for_one_category_whose_periods_overlap_are_refused() {
        assertProblems("""
                    - { category: Outdoor, objective: launch, from: 2026-01-05, weeks: 8, then: growth }
                    - { category: outdoor, objective: profit, from: 2026-06-01 }
                """,
                "operating-model.yaml:5:7: the objective entries for category outdoor overlap: this one (from 2026-06-01 "
                        + "with no end) and the one on line 4 (from 2026-01-05 with no end); end one entry with 'until' "
                        + "before the other's 'from'");
    }

    @Test
    void two_entries_for_one_sku_that_follow_each_other_do_not_overlap() {
        OperatingModelFile.parse("operating-model.yaml", model("""
                    - { sku: HW-1, objective: launch, from: 2026-01-05, until: 2026-01-31 }
                    - { sku: HW-1, objective: profit, from: 2026-02-01 }
                """));
    }

    @Test
    void a_chain_that_comes_back_to_an_objective_is_a_fallback_cycle() {
        assertProblems("    - { sku: HW-1, objective: launch, from: 2026-01-05, then: { objective: growth, weeks: 4, then: launch } }\n",
                "operating-model.yaml:4:100: fallback cycle: launch → growth → launch; a chain cannot come back to an "
                        + "objective it passed; write the later period as its own entry with a 'from' date");
    }

    @Test
    void a_fallback_after_a_period_without_an_end_is_refused() {
        assertProblems("    - { sku: HW-1, objective: growth, from: 2026-01-05, then: profit }\n",
                "operating-model.yaml:4:63: 'then' follows a period without an end; add 'until' or 'weeks' to the growth before it");
    }

    @Test
    void an_entry_names_a_sku_or_a_category_but_not_both_and_not_neither() {
        assertProblems("""
                    - { sku: HW-1, category: Outdoor, objective: growth }
                    - { objective: growth }
                """,
                "operating-model.yaml:4:30: an objective entry names a 'sku' or a 'category', not both; write one entry for each",
                "operating-model.yaml:5:7: an objective entry needs a 'sku' or a 'category'; name the SKU or the category "
                        + "whose objective it sets");
    }

    @Test
    void dates_must_be_written_as_iso_dates_and_until_cannot_precede_from() {
        assertProblems("""
                    - { sku: HW-1, objective: growth, from: 5.1.2026 }
                    - { sku: HW-2, objective: growth, from: 2026-02-01, until: 2026-01-31 }
                """,
                "operating-model.yaml:4:45: from must be a date written YYYY-MM-DD, not '5.1.2026'",
                "operating-model.yaml:5:64: until 2026-01-31 is before the period starts on 2026-02-01; write a later date");
    }

    @Test
    void a_later_period_of_a_chain_starts_the_day_after_and_takes_no_from() {
        assertProblems("    - { sku: HW-1, objective: launch, from: 2026-01-05, weeks: 2, then: { objective: growth, from: 2026-03-01 } }\n",
                "operating-model.yaml:4:94: unknown key 'from' in the objective after launch; known keys are objective, "
                        + "until, weeks, then");
    }

    private static String model(String entries) {
        return "marketplace: US\nobjectives:\n  assign:\n" + entries;
    }

    private static void assertProblems(String entries, String... expected) {
        ArbiterException failure = assertThrows(
                ArbiterException.class, () -> OperatingModelFile.parse("operating-model.yaml", model(entries)));
        assertEquals(List.of(expected), failure.problems().stream().map(Problem::render).toList());
    }
}
