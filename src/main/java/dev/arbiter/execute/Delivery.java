package dev.arbiter.execute;

import java.util.Objects;

/** What a channel reports for one action it sent: applied or not, and the detail recorded with it. */
public record Delivery(boolean applied, String detail) {
    public Delivery {
        Objects.requireNonNull(detail, "detail");
    }

    public static Delivery applied(String detail) {
        return new Delivery(true, detail);
    }

    public static Delivery failed(String detail) {
        return new Delivery(false, detail);
    }
}
