package dev.arbiter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class QuarantineCommandTest {
    private static final String BAD_ROWS = """
            "Mar 04, 2026",Not grouped,USD,Garlic Press - Auto,Auto AG,substitutes,-,garlic mincer,-5,0,,,$0.00,$0.00,,,0,0,,0,0,$0.00,$0.00
            "Mar 40, 2026",Not grouped,USD,Garlic Press - Auto,Auto AG,substitutes,-,garlic slicer,5,0,,,$0.00,$0.00,,,0,0,,0,0,$0.00,$0.00
            """;

    @TempDir
    Path workspace;

    record Run(int exitCode, String out, String err) {}

    @Test
    void ingest_json_gives_each_files_totals_and_quarantine_lists_the_rows_held_back() throws IOException {
        Path file = workspace.resolve("search-term-2026-03-03.csv");
        Files.copy(fixture("/dev/arbiter/ingest/search_term/search-term-2026-03-03.csv"), file);
        Files.writeString(file, BAD_ROWS, StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        Run ingest = arbiter("ingest", "--dir", workspace.toString(), "--json", file.toString());

        assertEquals(2, ingest.exitCode(), ingest.err());
        JsonNode summary = new ObjectMapper().readTree(ingest.out()).get(0);
        assertEquals("sp_search_term|US|3|2|false", summary.get("kind").asText() + "|" + summary.get("marketplace").asText()
                + "|" + summary.get("loaded").asLong() + "|" + summary.get("quarantined").asLong() + "|"
                + summary.get("rejected").asBoolean());
        JsonNode totals = summary.get("totals");
        assertEquals(
                "2026-03-03|2026-03-04|USD|1547|12|7.97|38.97|2|3",
                String.join("|", totals.get("first_day").asText(), totals.get("last_day").asText(),
                        totals.get("currency").asText(), totals.get("impressions").decimalValue().toPlainString(),
                        totals.get("clicks").decimalValue().toPlainString(),
                        totals.get("spend").decimalValue().stripTrailingZeros().toPlainString(),
                        totals.get("sales").decimalValue().stripTrailingZeros().toPlainString(),
                        totals.get("orders").decimalValue().toPlainString(),
                        totals.get("units").decimalValue().toPlainString()));
        assertEquals(5, summary.get("errors").get(0).get("line").asLong());
        assertEquals(9, summary.get("errors").get(0).get("column").asInt());

        Run quarantine = arbiter("quarantine", "--dir", workspace.toString());

        assertEquals(0, quarantine.exitCode(), quarantine.err());
        assertEquals("""
                search-term-2026-03-03.csv: 2 problems
                    line 5, column 'Impressions', value '-5': impressions cannot be negative
                    line 6, column 'Date', value 'Mar 40, 2026': day is not a date
                fix these rows in the files (or download them again) and ingest them again
                """, quarantine.out().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void an_empty_quarantine_says_so() {
        Run quarantine = arbiter("quarantine", "--dir", workspace.toString());

        assertEquals(0, quarantine.exitCode(), quarantine.err());
        assertEquals("the quarantine is empty: every row of every file loaded\n",
                quarantine.out().replace(System.lineSeparator(), "\n"));
    }

    private static Path fixture(String resource) {
        try {
            return Path.of(QuarantineCommandTest.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Run arbiter(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
