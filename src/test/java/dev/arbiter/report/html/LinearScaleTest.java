package dev.arbiter.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinearScaleTest {

    @Test
    void the_domain_includes_zero_and_ends_on_round_ticks() {
        LinearScale scale = LinearScale.including(List.of(85.0, 570.0), 300, 0);

        assertEquals(List.of(0.0, 100.0, 200.0, 300.0, 400.0, 500.0, 600.0), scale.ticks());
        assertEquals(300, scale.at(0), 1e-9);
        assertEquals(0, scale.at(600), 1e-9);
    }

    @Test
    void negative_values_go_below_zero() {
        LinearScale scale = LinearScale.including(List.of(-5.0, 75.0), 200, 0);

        assertEquals(-20, scale.domainMin(), 1e-9);
        assertEquals(80, scale.domainMax(), 1e-9);
        assertEquals(160, scale.at(0), 1e-9);
    }

    @Test
    void counts_of_things_never_get_grid_lines_between_whole_numbers() {
        LinearScale scale = LinearScale.including(List.of(1.0, 0.0, 1.0), 100, 0, 1);

        assertEquals(List.of(0.0, 1.0), scale.ticks());
    }

    @Test
    void nothing_but_zeros_still_gives_a_usable_scale() {
        LinearScale scale = LinearScale.including(List.of(0.0, 0.0), 100, 0);

        assertEquals(100, scale.at(0), 1e-9);
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0), scale.ticks().stream().map(t -> Math.round(t * 10) / 10.0).toList());
    }
}
