package dev.arbiter.govern;

import java.time.Instant;
import java.util.Objects;

/** When an action was applied, and how (a bulksheet row, an API call, a purchase order file). */
public record Execution(Instant at, String detail) {
    public Execution {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(detail, "detail");
    }
}
