package dev.arbiter.ingest;

import static dev.arbiter.ingest.IngestorTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SettlementTest {
    private static final Clock MID_MARCH = Clock.fixed(Instant.parse("2026-03-15T09:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    final FreshWarehouse store = new FreshWarehouse(MID_MARCH);

    @Test
    void a_date_range_transaction_report_skips_its_preamble_and_keeps_each_row_on_its_local_day() {
        FileSummary summary = store.ingestor().ingest(fixture("settlement/custom-transaction-2026-03.csv"));

        assertEquals(Optional.of(ReportKind.DATE_RANGE_TRANSACTIONS), summary.kind());
        assertEquals(List.of(), summary.errors());
        assertEquals(3, summary.loaded());
        // 12.03 − 45.20 − 10.33
        assertEquals(0, new BigDecimal("-43.50").compareTo(summary.totals().measures().get("total")));
        assertEquals("2026-03-05|Service Fee|true|-45.200000|USD", store.query("SELECT day || '|' || type || '|'"
                + " || (sku IS NULL) || '|' || other || '|' || currency FROM payment_transaction"
                + " WHERE description = 'Cost of Advertising'"));
    }

    @Test
    void a_second_date_range_report_that_overlaps_the_first_replaces_the_rows_they_share(@TempDir Path folder)
            throws IOException {
        store.ingestor().ingest(fixture("settlement/custom-transaction-2026-03.csv"));
        Path copy = folder.resolve("custom-transaction-2026-03-again.csv");
        Files.writeString(copy, Files.readString(fixture("settlement/custom-transaction-2026-03.csv")) + "\n");

        FileSummary again = store.ingestor().ingest(copy);

        assertEquals(3, again.replaced());
        assertEquals("3", store.query("SELECT count(*) FROM payment_transaction"));
    }

    @Test
    void a_settlement_keeps_its_summary_row_and_its_signed_amounts_add_up_to_the_deposit() {
        FileSummary summary = store.ingestor().ingest(fixture("settlement/settlement-1234567890.txt"));

        assertEquals(Optional.of(ReportKind.SETTLEMENT), summary.kind());
        assertEquals(List.of(), summary.errors());
        assertEquals(11, summary.loaded());
        assertEquals(0, new BigDecimal("7.64").compareTo(summary.totals().measures().get("amount")));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 2)), summary.totals().firstDay());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 10)), summary.totals().lastDay());
        assertEquals("2026-03-01|2026-03-15|2026-03-17|7.640000", store.query("SELECT settlement_start_day || '|'"
                + " || settlement_end_day || '|' || deposit_day || '|' || total_amount FROM settlement_line"
                + " WHERE amount IS NULL"));
    }

    @Test
    void every_amount_gets_one_of_our_fee_categories_and_a_new_fee_stays_visible_as_unmapped() {
        store.ingestor().ingest(fixture("settlement/settlement-1234567890.txt"));

        assertEquals(
                "fba_fulfilment_fee=-7.84, promotional_rebate=-2.60, referral_fee=-3.90,"
                        + " refund=-12.99, refund_administration_fee=0.39, revenue=25.98, storage_fee=-1.20,"
                        + " tax_collected=2.14, tax_withheld=-2.14, unmapped=9.80",
                store.query("SELECT string_agg(category || '=' || CAST(CAST(total AS DECIMAL(18, 2)) AS VARCHAR), ', '"
                        + " ORDER BY category) FROM (SELECT category, sum(amount) AS total FROM settlement_amount"
                        + " GROUP BY category)"));
    }

    @Test
    void a_regenerated_settlement_replaces_every_row_of_the_older_file(@TempDir Path folder) throws IOException {
        store.ingestor().ingest(fixture("settlement/settlement-1234567890.txt"));
        Path regenerated = Files.writeString(
                folder.resolve("settlement-1234567890-regenerated.txt"),
                Files.readString(fixture("settlement/settlement-1234567890.txt"))
                        .replace("Brand New Fee\t9.80", "Brand New Fee\t9.81"));

        FileSummary again = store.ingestor().ingest(regenerated);

        assertEquals(11, again.replaced());
        assertEquals("11|7.65", store.query("SELECT count(*) || '|' || CAST(sum(amount) AS DECIMAL(18, 2))"
                + " FROM settlement_line"));
    }
}
