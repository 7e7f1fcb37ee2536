package dev.arbiter.execute.api;

import java.time.Duration;

/**
 * How hard the client tries: at most {@code maxAttempts} per request, exponential backoff from {@code firstDelay}
 * (or the server's {@code Retry-After}), never waiting longer than {@code longestDelay}, each attempt cut off after
 * {@code requestTimeout}.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration longestDelay, Duration requestTimeout) {
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt, got " + maxAttempts);
        }
    }

    /** Five attempts, 1 s doubling to at most 60 s, 30 s per request. */
    public static RetryPolicy standard() {
        return new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(30));
    }

    /** The wait before attempt {@code attempt + 1}: the server's wish if it gave one, else doubling; bounded. */
    Duration delay(int attempt, Duration retryAfter) {
        Duration wanted = retryAfter != null ? retryAfter : firstDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wanted.compareTo(longestDelay) > 0 ? longestDelay : wanted;
    }
}
