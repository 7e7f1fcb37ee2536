package dev.arbiter.ingest;

import static dev.arbiter.ingest.IngestorTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.model.Problem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RatingsFileTest {
    private static final Clock MID_MARCH = Clock.fixed(Instant.parse("2026-03-15T09:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    final FreshWarehouse store = new FreshWarehouse(MID_MARCH);

    @Test
    void a_ratings_file_loads_its_good_rows_and_quarantines_each_bad_row_with_its_line_and_column() {
        FileSummary summary = store.ingestor().ingest(fixture("ratings/ratings-2026-03.csv"));

        assertEquals(Optional.of(ReportKind.RATINGS), summary.kind());
        assertEquals(3, summary.loaded());
        assertEquals(5, summary.quarantined());
        assertEquals(
                String.join("\n",
                        "ratings-2026-03.csv:5:5: rating must be between 1 and 5 stars (value '6.2'); fix the row or"
                                + " re-download the report",
                        "ratings-2026-03.csv:6:4: marketplace must be one of US, CA, MX, UK, DE, FR, IT, ES, JP, IN"
                                + " (value 'XX'); fix the row or re-download the report",
                        "ratings-2026-03.csv:7:6: ratings count cannot be negative (value '-3'); fix the row or"
                                + " re-download the report",
                        "ratings-2026-03.csv:8:1: day is in the future (value '2026-03-20'); fix the row or re-download"
                                + " the report",
                        "ratings-2026-03.csv:9:2: sku is empty; fix the row or re-download the report"),
                summary.errors().stream().map(Problem::render).collect(Collectors.joining("\n")));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 1)), summary.totals().firstDay());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 8)), summary.totals().lastDay());
        assertEquals("4.3|1264|314|US", store.query("SELECT rating || '|' || ratings_count || '|' || reviews_count"
                + " || '|' || marketplace FROM sku_rating_daily WHERE sku = 'GP-BK-01' AND day = DATE '2026-03-08'"));
        assertEquals("true", store.query("SELECT reviews_count IS NULL FROM sku_rating_daily WHERE sku = 'GP-RD-02'"));
    }

    @Test
    void a_newer_reading_of_the_same_day_replaces_the_older_one_and_the_same_file_twice_changes_nothing() {
        store.ingestor().ingest(fixture("ratings/ratings-2026-03.csv"));

        FileSummary newer = store.ingestor().ingest(fixture("ratings/ratings-2026-03-08.csv"));
        FileSummary again = store.ingestor().ingest(fixture("ratings/ratings-2026-03-08.csv"));

        assertEquals(Optional.of(ReportKind.RATINGS), newer.kind());
        assertEquals(2, newer.loaded());
        assertEquals(1, newer.replaced());
        assertEquals(2, again.unchanged());
        assertEquals(0, again.loaded());
        assertEquals("4|4.2", store.query("SELECT (SELECT count(*) FROM sku_rating_daily) || '|' || (SELECT rating"
                + " FROM sku_rating_daily WHERE sku = 'GP-BK-01' AND day = DATE '2026-03-08')"));
    }
}
