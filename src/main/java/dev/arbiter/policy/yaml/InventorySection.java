package dev.arbiter.policy.yaml;

import dev.arbiter.policy.InventoryTerms;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads the {@code inventory:} section: service level, review period and the overstock threshold. */
final class InventorySection {
    private final YamlNodes nodes;

    InventorySection(YamlNodes nodes) {
        this.nodes = nodes;
    }

    /** The terms of the section, each missing key at its default; the defaults after a problem. */
    InventoryTerms terms(Node node) {
        InventoryTerms defaults = InventoryTerms.defaults();
        Map<String, Node> fields = nodes.fields(node, "inventory", InventoryTerms.KEYS, List.of());
        double serviceLevel = serviceLevel(fields.get("service_level"), defaults.serviceLevel());
        int reviewDays = days(fields.get("review_days"), "review_days", 1, defaults.reviewDays());
        int overstockDays = days(fields.get("overstock_days"), "overstock_days", 0, defaults.overstockDays());
        return new InventoryTerms(serviceLevel, reviewDays, overstockDays);
    }

    private double serviceLevel(Node node, double otherwise) {
        if (node == null) {
            return otherwise;
        }
        OptionalDouble value = nodes.number(node, "service_level");
        if (value.isPresent() && !(value.getAsDouble() >= 0.5 && value.getAsDouble() < 1)) {
            nodes.problem(node, "service_level must be at least 0.5 and below 1, not " + ((ScalarNode) node).getValue(),
                    "write the chance of not running out before a restock arrives, e.g. 0.95 for 95%");
            return otherwise;
        }
        return value.orElse(otherwise);
    }

    private int days(Node node, String key, int least, int otherwise) {
        if (node == null) {
            return otherwise;
        }
        Optional<Integer> value = nodes.wholeNumber(node, key);
        if (value.isPresent() && value.get() < least) {
            nodes.problem(node, key + " must be at least " + least + ", not " + value.get(), "write a whole number of days");
            return otherwise;
        }
        return value.orElse(otherwise);
    }
}
