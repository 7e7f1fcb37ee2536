package dev.arbiter.policy.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.model.Objective;
import dev.arbiter.model.ObjectiveInForce;
import dev.arbiter.model.ObjectivePlan;
import dev.arbiter.model.Sku;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which objective a SKU carries on a day, from the operating model's time-bounded entries. */
class ObjectiveEntriesTest {
    private static final Sku TENT = new Sku("HW-OUT-001");
    private static final Sku LAMP = new Sku("HW-OUT-002");

    @Test
    void a_sku_entry_in_force_wins_over_its_category_entry_which_wins_over_the_catalog() {
        ObjectivePlan plan = plan("""
                    - { category: Outdoor, objective: growth }
                    - { sku: HW-OUT-001, objective: clear_stock, from: 2026-03-01 }
                """);
        LocalDate day = LocalDate.parse("2026-03-10");

        assertEquals(Objective.CLEAR_STOCK, plan.resolve(TENT, "Outdoor", Optional.of(Objective.PROFIT), day));
        assertEquals(Objective.GROWTH, plan.resolve(LAMP, "Outdoor", Optional.of(Objective.PROFIT), day));
        assertEquals(Objective.PROFIT, plan.resolve(new Sku("HW-KIT-001"), "Kitchen", Optional.of(Objective.PROFIT), day));
    }

    @Test
    void a_sku_entry_not_yet_in_force_leaves_the_category_entry_in_charge() {
        ObjectivePlan plan = plan("""
                    - { category: outdoor, objective: defend }
                    - { sku: HW-OUT-001, objective: clear_stock, from: 2026-03-01 }
                """);

        assertEquals(Objective.DEFEND, plan.resolve(TENT, "Outdoor", Optional.of(Objective.PROFIT), LocalDate.parse("2026-02-28")));
    }

    @Test
    void without_an_entry_or_a_catalog_objective_the_default_applies() {
        ObjectivePlan plan = OperatingModelFile.parse("operating-model.yaml", """
                marketplace: US
                objectives:
                  default: profit
                """).objectivePlan();

        assertEquals(Objective.PROFIT, plan.resolve(TENT, "Outdoor", Optional.empty(), LocalDate.parse("2026-03-10")));
        assertEquals(Objective.GROWTH, ObjectivePlan.none().resolve(TENT, "Outdoor", Optional.empty(), LocalDate.parse("2026-03-10")));
    }

    @Test
    void an_eight_week_launch_from_january_5_runs_through_march_1_and_is_growth_on_march_2() {
        ObjectivePlan plan = plan("""
                    - { category: Outdoor, objective: launch, from: 2026-01-05, weeks: 8, then: growth }
                """);

        assertEquals(Objective.PROFIT, objectiveOn(plan, "2026-01-04"));
        assertEquals(Objective.LAUNCH, objectiveOn(plan, "2026-01-05"));
        assertEquals(Objective.LAUNCH, objectiveOn(plan, "2026-03-01"));
        assertEquals(Objective.GROWTH, objectiveOn(plan, "2026-03-02"));
        assertEquals(Objective.GROWTH, objectiveOn(plan, "2027-12-31"));
    }

    @Test
    void a_dated_launch_without_weeks_lasts_the_launch_terms_max_weeks_and_then_returns_to_the_catalog() {
        ObjectivePlan plan = OperatingModelFile.parse("operating-model.yaml", """
                marketplace: US
                objectives:
                  launch: { max_weeks: 2 }
                  assign:
                    - { sku: HW-OUT-001, objective: launch, from: 2026-01-05 }
                """).objectivePlan();

        assertEquals(Objective.LAUNCH, objectiveOn(plan, "2026-01-18"));
        assertEquals(Objective.PROFIT, objectiveOn(plan, "2026-01-19"));
    }

    @Test
    void a_chain_runs_through_each_period_and_until_is_the_last_day_of_its_period() {
        ObjectivePlan plan = plan("""
                    - sku: HW-OUT-001
                      objective: launch
                      from: 2026-01-05
                      until: 2026-01-31
                      then: { objective: growth, weeks: 2, then: profit }
                """);

        assertEquals(Objective.LAUNCH, objectiveOn(plan, "2026-01-31"));
        assertEquals(Objective.GROWTH, objectiveOn(plan, "2026-02-01"));
        assertEquals(Objective.GROWTH, objectiveOn(plan, "2026-02-14"));
        assertEquals(Objective.PROFIT, objectiveOn(plan, "2026-02-15"));
    }

    @Test
    void the_entry_in_force_says_when_it_ends_and_what_follows() {
        ObjectivePlan plan = plan("""
                    - { category: Outdoor, objective: launch, from: 2026-01-05, weeks: 8, then: growth }
                """);

        assertEquals("launch for category Outdoor until 2026-03-01, then growth",
                plan.inForce(TENT, "Outdoor", LocalDate.parse("2026-02-10")).map(ObjectiveInForce::describe).orElseThrow());
        assertEquals("growth for category Outdoor since 2026-03-02",
                plan.inForce(TENT, "Outdoor", LocalDate.parse("2026-03-02")).map(ObjectiveInForce::describe).orElseThrow());
    }

    private static Objective objectiveOn(ObjectivePlan plan, String day) {
        return plan.resolve(TENT, "Outdoor", Optional.of(Objective.PROFIT), LocalDate.parse(day));
    }

    private static ObjectivePlan plan(String entries) {
        return OperatingModelFile.parse("operating-model.yaml", "marketplace: US\nobjectives:\n  assign:\n" + entries)
                .objectivePlan();
    }
}
