package dev.arbiter.govern;

import static dev.arbiter.govern.Actions.aPriceChange;
import static dev.arbiter.govern.Skus.aProfitableSku;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.policy.OperatingModel;
import dev.arbiter.policy.Role;
import dev.arbiter.policy.yaml.OperatingModelFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The demo operating model's price guardrail: at most 10 % per change, never below 1.6 × unit cost (8.00 → 12.80). */
class PriceGuardrailTest {
    private static final String BECAUSE = "a price moves at most 10% at a time and never below 1.6 times unit cost, "
            + "the floor that still pays referral and FBA fees";
    private final Governor governor = new Governor(demoModel());
    private final Context context = Context.forSku(aProfitableSku().build());

    @Test
    void a_price_raise_of_fifteen_percent_is_blocked() {
        assertEquals(new Verdict.Blocked("price-moves", BECAUSE),
                governor.classify(aPriceChange("20.00", "23.00"), context).verdict());
    }

    @Test
    void a_cut_below_the_price_floor_is_blocked_even_inside_ten_percent() {
        assertEquals(new Verdict.Blocked("price-moves", BECAUSE),
                governor.classify(aPriceChange("14.00", "12.70"), context).verdict());
    }

    @Test
    void a_price_move_inside_the_guardrail_waits_for_finance_who_approves_what_cannot_be_undone() {
        Verdict verdict = governor.classify(aPriceChange("20.00", "21.50"), context).verdict();

        assertEquals(Role.FINANCE, ((Verdict.Awaiting) verdict).role());
    }

    private static OperatingModel demoModel() {
        try (InputStream in = PriceGuardrailTest.class.getResourceAsStream("/dev/arbiter/demo/operating-model.yaml")) {
            return OperatingModelFile.parse("operating-model.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
