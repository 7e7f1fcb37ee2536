package dev.arbiter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code arbiter ingest} reads the workspace's own {@code header-synonyms.tsv}, and refuses a malformed one. */
class HeaderSynonymsCommandTest {
    @TempDir
    Path workspace;

    @Test
    void ingest_reads_a_spanish_report_through_the_workspace_header_synonyms() throws IOException {
        Files.copy(fixture("workspace-header-synonyms.tsv"), workspace.resolve("header-synonyms.tsv"));

        Arbiter.Run ingest = Arbiter.run("ingest", "--dir", workspace.toString(), "--json",
                fixture("es-search-term-2026-03-04.csv").toString());

        assertEquals(0, ingest.exitCode(), ingest.err() + ingest.out());
        JsonNode summary = new ObjectMapper().readTree(ingest.out()).get(0);
        JsonNode totals = summary.get("totals");
        assertEquals("sp_search_term|2|2026-03-03|2026-03-04|EUR|1254.55", String.join("|",
                summary.get("kind").asText(), summary.get("loaded").asText(), totals.get("first_day").asText(),
                totals.get("last_day").asText(), totals.get("currency").asText(),
                totals.get("sales").decimalValue().stripTrailingZeros().toPlainString()));
    }

    @Test
    void a_report_refused_for_its_headers_loads_once_the_user_maps_them() throws IOException {
        String report = fixture("fr-search-term-2026-03-02.csv").toString();

        Arbiter.Run refused = Arbiter.run("ingest", "--dir", workspace.toString(), "--json", report);
        Files.copy(fixture("workspace-header-synonyms.tsv"), workspace.resolve("header-synonyms.tsv"));
        Arbiter.Run loaded = Arbiter.run("ingest", "--dir", workspace.toString(), "--json", report);

        assertEquals(2, refused.exitCode());
        JsonNode rejection = new ObjectMapper().readTree(refused.out()).get(0);
        assertEquals("true|0", rejection.get("rejected").asText() + "|" + rejection.get("loaded").asText());
        assertTrue(rejection.get("errors").get(0).get("reason").asText()
                .endsWith("; download one of these with its original header, or map its headers in "
                        + workspace.resolve("header-synonyms.tsv")));
        assertEquals(0, loaded.exitCode(), loaded.err() + loaded.out());
        assertEquals("2", new ObjectMapper().readTree(loaded.out()).get(0).get("loaded").asText());
    }

    @Test
    void ingest_refuses_a_malformed_workspace_header_synonyms_file_before_loading_anything() throws IOException {
        Path synonyms = Files.writeString(workspace.resolve("header-synonyms.tsv"), "Fecha Date\n", StandardCharsets.UTF_8);

        Arbiter.Run ingest = Arbiter.run("ingest", "--dir", workspace.toString(),
                fixture("es-search-term-2026-03-04.csv").toString());

        assertEquals(2, ingest.exitCode());
        assertEquals("arbiter: " + synonyms + " has 1 malformed line\n  " + synonyms + ":1: a line must be two names"
                        + " separated by one tab (value 'Fecha Date'); write one mapping a line: the report's header, a"
                        + " tab, the English console header it stands for (e.g. 'Terme de recherche client<TAB>Customer"
                        + " Search Term'); '#' starts a comment\n",
                ingest.err().replace(System.lineSeparator(), "\n"));
    }

    private static Path fixture(String name) {
        try {
            return Path.of(HeaderSynonymsCommandTest.class.getResource("/dev/arbiter/ingest/localised/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
