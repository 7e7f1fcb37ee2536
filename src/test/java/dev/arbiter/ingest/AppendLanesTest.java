package dev.arbiter.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file many batches long goes through the appending lanes whole, in one transaction: every row once, the totals to
 * the cent, problems in line order, and nothing at all when a late row condemns the file.
 */
class AppendLanesTest {
    private static final int ROWS = 25_000;
    private static final String HEADER = "Date,Portfolio name,Currency,Campaign Name,Ad Group Name,Targeting,Match Type,"
            + "Customer Search Term,Impressions,Clicks,Spend,7 Day Total Sales ,7 Day Total Orders (#),7 Day Total Units (#)";

    @RegisterExtension
    final FreshWarehouse store = new FreshWarehouse(IngestorTest.TODAY);

    @Test
    void every_row_of_a_file_many_batches_long_loads_once_with_exact_totals(@TempDir Path folder) throws IOException {
        Path file = write(folder, ROWS, -1, null);

        FileSummary summary = store.ingestor().ingest(file);

        assertEquals(ROWS, summary.loaded(), () -> summary.errors().toString());
        assertEquals(0, summary.quarantined());
        // impressions are 1..ROWS, spend is i cents
        long impressions = (long) ROWS * (ROWS + 1) / 2;
        assertEquals(0, BigDecimal.valueOf(impressions).compareTo(summary.totals().measures().get("impressions")));
        assertEquals(0, BigDecimal.valueOf(impressions, 2).compareTo(summary.totals().measures().get("spend")));
        assertEquals(ROWS + "|" + ROWS + "|" + impressions + "|" + BigDecimal.valueOf(impressions, 2).setScale(6),
                store.query("SELECT count(*) || '|' || count(DISTINCT search_term) || '|' || sum(impressions) || '|'"
                        + " || sum(spend) FROM ad_search_term_daily"));
    }

    @Test
    void bad_rows_spread_over_the_lanes_are_quarantined_and_listed_in_line_order(@TempDir Path folder)
            throws IOException {
        Path file = write(folder, ROWS, 4_000, null);

        FileSummary summary = store.ingestor().ingest(file);

        int bad = ROWS / 4_000;
        assertEquals(ROWS - bad, summary.loaded());
        assertEquals(bad, summary.quarantined());
        List<Long> lines = summary.errors().stream().map(problem -> problem.line()).toList();
        assertEquals(List.of(4_001L, 8_001L, 12_001L, 16_001L, 20_001L, 24_001L), lines);
        assertEquals(Integer.toString(bad), store.query("SELECT count(*) FROM quarantine"));
    }

    @Test
    void a_second_currency_on_the_last_row_leaves_nothing_behind(@TempDir Path folder) throws IOException {
        Path file = write(folder, ROWS, 7_000, "EUR");

        FileSummary summary = store.ingestor().ingest(file);

        assertTrue(summary.rejected());
        assertEquals("the file mixes currencies: earlier rows are in USD, this one in EUR",
                summary.errors().get(0).reason());
        assertEquals("0", store.query("SELECT count(*) FROM ad_search_term_daily"));
        assertEquals("0", store.query("SELECT count(*) FROM quarantine"));
        assertEquals("0", store.query("SELECT count(*) FROM source_file"));
    }

    /** Rows 1..n; every {@code badEvery}-th row has negative impressions; the last row's currency is {@code last}. */
    private static Path write(Path folder, int rows, int badEvery, String last) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= rows; i++) {
            boolean bad = badEvery > 0 && i % badEvery == 0 && last == null;
            String currency = i == rows && last != null ? last : "USD";
            text.append(String.format(Locale.ROOT, "\"Mar %d, 2026\",Not grouped,%s,Campaign %d,Group %d,kw %d,EXACT,"
                            + "term %d,%d,1,%s,0,0,0%n",
                    1 + i % 9, currency, i % 40, i % 400, i % 4000, i, bad ? -i : i, BigDecimal.valueOf(i, 2)));
        }
        return Files.writeString(folder.resolve("search-term-lanes.csv"), text, StandardCharsets.UTF_8);
    }
}
