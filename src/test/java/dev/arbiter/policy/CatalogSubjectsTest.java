package dev.arbiter.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.model.Problem;
import dev.arbiter.policy.yaml.OperatingModelFile;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CatalogSubjectsTest {
    private final CatalogSubjects catalog = new CatalogSubjects(
            new TreeSet<>(List.of("HW-OUT-001", "HW-KIT-001")), new TreeSet<>(List.of("Kitchen", "Outdoor")));

    @Test
    void an_entry_for_a_sku_or_category_the_catalog_does_not_hold_is_a_warning_with_its_place() {
        OperatingModel model = OperatingModelFile.parse("cmo.yaml", """
                marketplace: US
                objectives:
                  assign:
                    - { category: outdoor, objective: launch, from: 2026-01-05 }
                    - { category: Garden, objective: growth }
                    - { sku: HW-OUT-01, objective: clear_stock }
                """);

        assertEquals(List.of(
                        "cmo.yaml:5:7: category 'Garden' is not in the catalog, so the entry sets no SKU's objective; "
                                + "the catalog's categories are Kitchen, Outdoor",
                        "cmo.yaml:6:7: SKU 'HW-OUT-01' is not in the catalog, so the entry sets no SKU's objective; "
                                + "did you mean 'HW-OUT-001'?"),
                catalog.unknownIn("cmo.yaml", model.objectivePlan()).stream().map(Problem::render).toList());
    }
}
