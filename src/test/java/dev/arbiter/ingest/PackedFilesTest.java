package dev.arbiter.ingest;

import static dev.arbiter.ingest.IngestorTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class PackedFilesTest {
    @TempDir
    Path folder;

    @RegisterExtension
    final FreshWarehouse store = new FreshWarehouse(IngestorTest.TODAY);

    @Test
    void a_gzipped_search_term_report_loads_like_the_plain_one() throws IOException {
        Path file = gzip(folder.resolve("search-term-2026-03-03.csv.gz"), report());

        FileSummary summary = store.ingestor().ingest(file);

        assertEquals(Optional.of(ReportKind.SP_SEARCH_TERM), summary.kind());
        assertEquals(3, summary.loaded());
        assertEquals("3|1547", store.query("SELECT count(*) || '|' || sum(impressions) FROM ad_search_term_daily"));
        assertEquals("search-term-2026-03-03.csv.gz", store.query("SELECT file_name FROM source_file"));
    }

    @Test
    void a_zip_of_one_business_report_takes_its_day_from_the_zips_name() throws IOException {
        byte[] report = Files.readAllBytes(fixture("business_report/BusinessReport-2026-03-01.csv"));
        Path file = zip(folder.resolve("BusinessReport-2026-03-01.zip"), List.of("report.csv"), report);

        FileSummary summary = store.ingestor().ingest(file);

        assertEquals(Optional.of(ReportKind.BUSINESS_REPORT_CHILD_ITEM), summary.kind());
        assertTrue(summary.loaded() > 0);
        assertEquals("2026-03-01", store.query("SELECT DISTINCT day FROM sales_traffic_daily"));
    }

    @Test
    void the_same_gzip_twice_changes_nothing() throws IOException {
        Path file = gzip(folder.resolve("st.csv.gz"), report());
        store.ingestor().ingest(file);

        FileSummary again = store.ingestor().ingest(file);

        assertEquals(0, again.loaded());
        assertEquals(3, again.unchanged());
        assertEquals("3", store.query("SELECT count(*) FROM ad_search_term_daily"));
    }

    @Test
    void a_truncated_gzip_is_refused_and_loads_nothing() throws IOException {
        Path whole = gzip(folder.resolve("whole.csv.gz"), report());
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(folder.resolve("cut.csv.gz"), Arrays.copyOf(bytes, bytes.length - 12));

        FileSummary summary = store.ingestor().ingest(file);

        assertTrue(summary.rejected());
        assertEquals(
                "cut.csv.gz: the gzip file is truncated or damaged; unpack it and ingest the report inside, or download"
                        + " it again",
                summary.errors().get(0).render());
        assertEquals("0", store.query("SELECT count(*) FROM ad_search_term_daily"));
    }

    @Test
    void a_zip_of_two_reports_is_refused() throws IOException {
        Path file = zip(folder.resolve("two.zip"), List.of("a.csv", "b.csv"), report());

        FileSummary summary = store.ingestor().ingest(file);

        assertEquals(
                "two.zip: the zip file holds 2 files; Arbiter reads one report per zip; unpack it and ingest the report"
                        + " inside, or download it again",
                summary.errors().get(0).render());
        assertEquals("0", store.query("SELECT count(*) FROM source_file"));
    }

    private static byte[] report() throws IOException {
        return Files.readAllBytes(fixture("search_term/search-term-2026-03-03.csv"));
    }

    private static Path gzip(Path file, byte[] content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content);
        }
        return file;
    }

    private static Path zip(Path file, List<String> entries, byte[] content) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(content);
                out.closeEntry();
            }
        }
        return file;
    }
}
