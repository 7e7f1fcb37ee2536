package dev.arbiter.policy.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.arbiter.model.Money;
import dev.arbiter.policy.InventoryTerms;
import dev.arbiter.policy.OperatingModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The complete operating model the README shows (docs/operating-model.md) loads as written. */
class ReadmeOperatingModelTest {
    private static final Path TEXT = Path.of("docs", "operating-model.md");

    @Test
    void the_complete_example_in_the_readme_text_loads() throws IOException {
        assumeTrue(Files.isRegularFile(TEXT), "run from the repository root, where " + TEXT + " is");
        String text = Files.readString(TEXT, StandardCharsets.UTF_8);
        int section = text.indexOf("## A complete operating model");
        int start = text.indexOf("```yaml\n", section) + "```yaml\n".length();
        String yaml = text.substring(start, text.indexOf("```", start));

        OperatingModel model = OperatingModelFile.parse("operating-model.yaml", yaml);

        assertEquals(5, model.users().size());
        assertEquals(10, model.decisionRights().size());
        assertEquals(new InventoryTerms(0.95, 7, 30), model.inventoryTerms());
        assertEquals(4, model.guardrails().size());
        assertEquals(2, model.budgets().size());
        assertEquals(3, model.objectivePlan().assignments().size());
        assertEquals(Money.of("3.20", "USD"), model.customerCosts().orElseThrow().postage());
        assertEquals(0.35, model.customerCosts().orElseThrow().costOfGoodsShare());
    }
}
