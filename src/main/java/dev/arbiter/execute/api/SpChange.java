package dev.arbiter.execute.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One item of an Ads API batch: the resource, {@code PUT} (update) or {@code POST} (create), the item sent, the list
 * filter that reads the entity back, and the test that says the entity read back already shows the change.
 */
public record SpChange(SpResource resource, String method, ObjectNode item, ObjectNode readBackFilter,
        Predicate<JsonNode> inPlace) {
    public SpChange {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(readBackFilter, "readBackFilter");
        Objects.requireNonNull(inPlace, "inPlace");
    }
}
