package dev.arbiter.govern;

import dev.arbiter.policy.OperatingModel;
import dev.arbiter.policy.yaml.OperatingModelFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The operating model the demo writes, read from the test fixture, and small variants of it. */
final class OperatingModels {
    private OperatingModels() {}

    static OperatingModel theDemoModel() {
        return OperatingModelFile.parse("operating-model.yaml", theDemoModelText());
    }

    /** The demo model with one line of its text replaced; fails when the line is not there. */
    static OperatingModel theDemoModelWith(String line, String replacement) {
        String text = theDemoModelText();
        if (!text.contains(line)) {
            throw new IllegalArgumentException("the demo model has no line '" + line + "'");
        }
        return OperatingModelFile.parse("operating-model.yaml", text.replace(line, replacement));
    }

    static String theDemoModelText() {
        try (InputStream in = OperatingModels.class.getResourceAsStream("/dev/arbiter/policy/yaml/operating-model.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model whose only guardrail divides by the target's clicks, which a context without a target leaves at 0. */
    static OperatingModel aModelWithAGuardrailThatCannotBeEvaluatedWithoutATarget() {
        return OperatingModelFile.parse("operating-model.yaml", """
                marketplace: US
                decision_rights:
                  bid.change: { decides: marketing }
                guardrails:
                  - id: clicks-convert
                    owner: finance
                    applies_to: [bid.change]
                    require: "target.orders / target.clicks >= 0"
                    because: "only bid on targets whose clicks convert"
                """);
    }

    static OperatingModel aModelWithoutRights() {
        return OperatingModelFile.parse("operating-model.yaml", "marketplace: US\n");
    }
}
