package dev.arbiter.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.model.Objective;
import dev.arbiter.model.ObjectiveTerms;
import org.junit.jupiter.api.Test;

class TargetAcosTest {
    // required margin 0.10, launch allowance 0.15, defend cap 0.25, clear-stock allowance 0.05
    private static final ObjectiveTerms TERMS = ObjectiveTerms.defaults();
    private static final double EPSILON = 1e-12;

    @Test
    void profit_keeps_the_required_margin_below_break_even() {
        // 0.35 − 0.10 = 0.25
        assertEquals(0.25, TargetAcos.of(Objective.PROFIT, 0.35, TERMS), EPSILON);
    }

    @Test
    void growth_spends_up_to_break_even() {
        assertEquals(0.35, TargetAcos.of(Objective.GROWTH, 0.35, TERMS), EPSILON);
    }

    @Test
    void launch_invests_its_allowance_above_break_even() {
        // 0.35 + 0.15 = 0.50
        assertEquals(0.50, TargetAcos.of(Objective.LAUNCH, 0.35, TERMS), EPSILON);
    }

    @Test
    void defend_holds_the_cap_whatever_the_break_even() {
        assertEquals(0.25, TargetAcos.of(Objective.DEFEND, 0.35, TERMS), EPSILON);
        assertEquals(0.25, TargetAcos.of(Objective.DEFEND, Double.NaN, TERMS), EPSILON);
    }

    @Test
    void clear_stock_allows_its_allowance_above_break_even() {
        // 0.35 + 0.05 = 0.40
        assertEquals(0.40, TargetAcos.of(Objective.CLEAR_STOCK, 0.35, TERMS), EPSILON);
    }

    @Test
    void a_profit_target_is_never_below_zero() {
        // 0.06 − 0.10 = −0.04, floored at 0
        assertEquals(0.0, TargetAcos.of(Objective.PROFIT, 0.06, TERMS), EPSILON);
        assertEquals(0.0, TargetAcos.of(Objective.GROWTH, -0.20, TERMS), EPSILON);
    }

    @Test
    void an_unknown_break_even_gives_an_unknown_target() {
        assertTrue(Double.isNaN(TargetAcos.of(Objective.PROFIT, Double.NaN, TERMS)));
    }

    @Test
    void the_terms_of_the_operating_model_replace_the_defaults() {
        ObjectiveTerms terms = new ObjectiveTerms(0.20, 0.30, 4, 0.12, 0.10, 60);
        // 0.45 − 0.20 = 0.25 ; 0.45 + 0.30 = 0.75 ; cap 0.12 ; 0.45 + 0.10 = 0.55
        assertEquals(0.25, TargetAcos.of(Objective.PROFIT, 0.45, terms), EPSILON);
        assertEquals(0.75, TargetAcos.of(Objective.LAUNCH, 0.45, terms), EPSILON);
        assertEquals(0.12, TargetAcos.of(Objective.DEFEND, 0.45, terms), EPSILON);
        assertEquals(0.55, TargetAcos.of(Objective.CLEAR_STOCK, 0.45, terms), EPSILON);
    }
}
