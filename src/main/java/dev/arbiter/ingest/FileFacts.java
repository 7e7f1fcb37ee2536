package dev.arbiter.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a file says about all its rows at once: the day its name gives, its attribution window, its lineage id and the
 * last day a row may be about (today by the clock, plus a day for marketplaces ahead of UTC).
 */
record FileFacts(Optional<LocalDate> day, int attributionDays, long fileId, LocalDate latestDay) {
    FileFacts {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(latestDay, "latestDay");
    }
}
