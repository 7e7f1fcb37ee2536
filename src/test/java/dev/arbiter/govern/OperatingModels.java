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
        try (InputStream in = OperatingModels.class.getResourceAsStream("/dev/arbiter/policy/yaml/operating-model.yaml")) {
            return OperatingModelFile.parse("operating-model.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OperatingModel aModelWithoutRights() {
        return OperatingModelFile.parse("operating-model.yaml", "marketplace: US\n");
    }
}
