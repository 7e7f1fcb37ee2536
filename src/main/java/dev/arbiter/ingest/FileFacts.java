package dev.arbiter.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a file says about all its rows at once: the day its name gives, its attribution window and its lineage id.
 */
record FileFacts(Optional<LocalDate> day, int attributionDays, long fileId) {
    FileFacts {
        Objects.requireNonNull(day, "day");
    }
}
