package dev.arbiter.ingest;

import static dev.arbiter.ingest.ConsoleReportsTest.totals;
import static dev.arbiter.ingest.IngestorTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.Marketplace;
import dev.arbiter.model.Problem;
import dev.arbiter.warehouse.Warehouse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports in a language the built-in synonyms do not know, loaded once the user maps their headers in the workspace's
 * {@code header-synonyms.tsv}. The French and Spanish headers of the fixtures were written by hand, as a user's own
 * mapping would name them; they are not an official list of Amazon's localised headers.
 */
class WorkspaceHeaderSynonymsTest {
    @TempDir
    Path workspace;

    @Test
    void a_french_search_term_report_loads_through_the_workspace_mapping_with_day_first_dates() throws IOException {
        Files.copy(fixture("localised/workspace-header-synonyms.tsv"), workspace.resolve("header-synonyms.tsv"));

        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary = ingestor(warehouse, Marketplace.FR, HeaderSynonyms.forWorkspace(workspace))
                    .ingest(fixture("localised/fr-search-term-2026-03-02.csv"));

            assertEquals(List.of(), summary.errors());
            assertEquals(Optional.of(ReportKind.SP_SEARCH_TERM), summary.kind());
            assertEquals(Optional.of(Marketplace.FR), summary.marketplace());
            assertEquals("impressions=1329 clicks=11 spend=7.49 sales=1234.56 orders=1 units=2", totals(summary));
            assertEquals("2026-03-01|2026-03-02|7", FreshWarehouse.query(warehouse, "SELECT min(day) || '|' || max(day)"
                    + " || '|' || min(attribution_days) FROM ad_search_term_daily"));
            assertEquals("hachoir à ail|2", FreshWarehouse.query(warehouse, "SELECT search_term || '|' || clicks"
                    + " FROM ad_search_term_daily WHERE day = DATE '2026-03-02'"));
        }
    }

    @Test
    void a_spanish_search_term_report_loads_through_the_workspace_mapping_with_day_first_dates() throws IOException {
        Files.copy(fixture("localised/workspace-header-synonyms.tsv"), workspace.resolve("header-synonyms.tsv"));

        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary = ingestor(warehouse, Marketplace.ES, HeaderSynonyms.forWorkspace(workspace))
                    .ingest(fixture("localised/es-search-term-2026-03-04.csv"));

            assertEquals(List.of(), summary.errors());
            assertEquals(Optional.of(Marketplace.ES), summary.marketplace());
            assertEquals(Optional.of("EUR"), summary.totals().currency());
            assertEquals("impressions=2450 clicks=13 spend=7.94 sales=1254.55 orders=3 units=4", totals(summary));
            assertEquals("2026-03-03|2026-03-04", FreshWarehouse.query(warehouse, "SELECT min(day) || '|' || max(day)"
                    + " FROM ad_search_term_daily"));
        }
    }

    @Test
    void without_the_mapping_the_french_report_is_rejected_and_told_where_to_map_its_headers() {
        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary = ingestor(warehouse, Marketplace.FR, HeaderSynonyms.forWorkspace(workspace))
                    .ingest(fixture("localised/fr-search-term-2026-03-02.csv"));

            assertTrue(summary.rejected());
            assertEquals(0, summary.loaded());
            assertEquals("fr-search-term-2026-03-02.csv: the header does not match any report Arbiter reads (it starts"
                            + " with 'Date,Nom du portefeuille,Devise'); " + CorpusTest.KNOWN + ", or map its headers in "
                            + workspace.resolve("header-synonyms.tsv"),
                    summary.errors().get(0).render());
        }
    }

    @Test
    void a_mapping_that_misses_a_column_names_it_and_the_workspace_file() throws IOException {
        List<String> lines = Files.readAllLines(fixture("localised/workspace-header-synonyms.tsv"));
        Files.write(workspace.resolve("header-synonyms.tsv"),
                lines.stream().filter(line -> !line.startsWith("Dépenses")).toList());

        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary = ingestor(warehouse, Marketplace.FR, HeaderSynonyms.forWorkspace(workspace))
                    .ingest(fixture("localised/fr-search-term-2026-03-02.csv"));

            assertEquals("fr-search-term-2026-03-02.csv: looks like a Sponsored Products search term report but is"
                            + " missing the column 'Spend'; download the report again with all its columns, or map its"
                            + " headers in " + workspace.resolve("header-synonyms.tsv"),
                    summary.errors().get(0).render());
        }
    }

    @Test
    void a_malformed_workspace_mapping_is_refused_with_its_file_line_and_what_to_write() throws IOException {
        Path file = Files.writeString(workspace.resolve("header-synonyms.tsv"),
                "# mine\nDevise\tCurrency\nDépenses Spend\nClics\tClickz\nDevise\tSpend\n", StandardCharsets.UTF_8);

        ArbiterException refused = assertThrows(ArbiterException.class, () -> HeaderSynonyms.forWorkspace(workspace));

        assertEquals(file + " has 3 malformed lines", refused.getMessage());
        assertEquals(List.of(
                        file + ":3: a line must be two names separated by one tab (value 'Dépenses Spend'); write one"
                                + " mapping a line: the report's header, a tab, the English console header it stands for"
                                + " (e.g. 'Terme de recherche client<TAB>Customer Search Term'); '#' starts a comment",
                        file + ":4:2: 'Clickz' is not a header Arbiter reads (value 'Clickz'); write the English console"
                                + " header the column stands for, as a US download names it (e.g. Customer Search Term,"
                                + " 7 Day Total Sales); a column Arbiter does not read needs no line",
                        file + ":5:1: 'Devise' is already mapped on line 2 to another header (value 'Devise'); keep one"
                                + " of the two lines"),
                refused.problems().stream().map(Problem::render).toList());
    }

    @Test
    void the_built_in_synonyms_alone_keep_the_hint_they_always_gave() {
        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary = new Ingestor(warehouse.connection(), IngestorTest.TODAY, Marketplace.FR)
                    .ingest(fixture("localised/fr-search-term-2026-03-02.csv"));

            assertTrue(summary.errors().get(0).render().endsWith("; download one of these with its original header"));
        }
    }

    private static Ingestor ingestor(Warehouse warehouse, Marketplace marketplace, HeaderSynonyms synonyms) {
        return new Ingestor(warehouse.connection(), IngestorTest.TODAY, marketplace, synonyms);
    }
}
