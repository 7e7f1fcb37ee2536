package dev.arbiter.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateAndBenchCommandTest {
    private static final String[] SMALL = {"--skus", "10", "--targets", "200", "--days", "14", "--customers", "40",
        "--until", "2026-03-14"};

    @TempDir
    Path temp;

    @Test
    void a_generated_brand_loads_whole_and_its_ad_reports_add_up() throws IOException {
        Path dir = temp.resolve("brand");
        Arbiter.Run generate = generate(dir);
        assertEquals(0, generate.exitCode(), generate.err());
        assertTrue(generate.out().startsWith("brand         10 SKUs, 20 campaigns, 200 targets, 14 days to 2026-03-14"
                + " (seed 42)\n"), generate.out());

        Arbiter.Run ingest = Arbiter.run("ingest", "--dir", dir.toString(), "--json");

        assertEquals(0, ingest.exitCode(), ingest.err());
        JsonNode files = new ObjectMapper().readTree(ingest.out());
        assertEquals(2 + 2 + 2 * 14 + 2, files.size(), "catalog, fee preview, two bulksheet tabs, 14 days of two daily"
                + " files, two ad reports");
        BigDecimal searchTermSpend = BigDecimal.ZERO;
        BigDecimal advertisedSpend = BigDecimal.ZERO;
        for (JsonNode file : files) {
            assertEquals("0|0|false", file.get("quarantined").asLong() + "|" + file.get("replaced").asLong() + "|"
                    + file.get("rejected").asBoolean(), file.get("file").asText());
            String kind = file.get("kind").asText();
            if (kind.equals("sp_search_term")) {
                searchTermSpend = file.get("totals").get("spend").decimalValue();
                assertEquals(rows(generate.out(), "search terms"), file.get("loaded").asLong());
            } else if (kind.equals("sp_advertised_product")) {
                advertisedSpend = file.get("totals").get("spend").decimalValue();
            }
        }
        assertTrue(searchTermSpend.signum() > 0, "the search terms spent something");
        assertEquals(0, searchTermSpend.compareTo(advertisedSpend), "the advertised product report sums the search terms");
    }

    @Test
    void the_same_seed_writes_the_same_bytes() throws IOException {
        generate(temp.resolve("one"));
        generate(temp.resolve("two"));

        for (String file : List.of("sp-search-term-2026-03-01_2026-03-14.csv", "BusinessReport-2026-03-14.csv",
                "bulksheet-1773489600000-campaigns.csv")) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("one/inbox").resolve(file)),
                    Files.readAllBytes(temp.resolve("two/inbox").resolve(file)), file);
        }
        assertArrayEquals(Files.readAllBytes(temp.resolve("one/orders.csv")), Files.readAllBytes(temp.resolve("two/orders.csv")));
    }

    @Test
    void bench_times_every_stage_and_the_incremental_run_loads_one_more_day() throws IOException {
        Path dir = temp.resolve("brand");
        generate(dir);

        Arbiter.Run cold = Arbiter.run("bench", "--dir", dir.toString(), "--json");

        assertEquals(0, cold.exitCode(), cold.err());
        JsonNode report = new ObjectMapper().readTree(cold.out());
        assertEquals(List.of("ingest", "economics", "proposals", "governance", "execution", "report", "customers"),
                names(report));
        JsonNode ingest = report.get("stages").get(0);
        assertEquals(List.of("stage", "seconds", "rows", "rows_per_second", "peak_heap_mb"), fields(ingest));
        assertTrue(ingest.get("rows").asLong() > 500, cold.out());
        assertTrue(ingest.get("peak_heap_mb").asDouble() > 0, cold.out());
        double sum = 0;
        for (JsonNode stage : report.get("stages")) {
            sum += stage.get("seconds").asDouble();
        }
        assertEquals(sum, report.get("total_seconds").asDouble(), 0.01);

        Arbiter.Run incremental = Arbiter.run("bench", "--dir", dir.toString(), "--incremental", "--json");

        assertEquals(0, incremental.exitCode(), incremental.err());
        assertTrue(incremental.err().startsWith("generated     2026-03-15: 4 files in "), incremental.err());
        JsonNode day = new ObjectMapper().readTree(incremental.out());
        assertEquals(List.of("ingest", "economics", "proposals", "governance", "execution", "report"), names(day));
        assertTrue(Files.isRegularFile(dir.resolve("inbox/sp-search-term-2026-03-15.csv")));
    }

    @Test
    void bench_incremental_needs_a_generated_workspace_and_generate_a_new_folder() throws IOException {
        Path dir = temp.resolve("other");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "mine");

        Arbiter.Run generate = generate(dir);

        assertEquals(2, generate.exitCode());
        assertTrue(generate.err().contains(dir + " is not empty; generate into a new folder with --dir"), generate.err());

        Arbiter.Run tooFew = Arbiter.run("generate", "--dir", temp.resolve("x").toString(), "--skus", "10", "--targets", "5");

        assertEquals(1, tooFew.exitCode());
        assertTrue(tooFew.err().startsWith("--targets must be between --skus (10) and 50000000, got 5"), tooFew.err());

        Arbiter.Run incremental = Arbiter.run("bench", "--dir", dir.toString(), "--incremental");

        assertEquals(2, incremental.exitCode());
        assertTrue(incremental.err().contains("generated.properties: the workspace was not written by arbiter generate"),
                incremental.err());
    }

    private static Arbiter.Run generate(Path dir) {
        List<String> args = new ArrayList<>(List.of("generate", "--dir", dir.toString()));
        args.addAll(List.of(SMALL));
        return Arbiter.run(args.toArray(String[]::new));
    }

    private static long rows(String out, String label) {
        for (String line : out.split("\n")) {
            if (line.startsWith(label)) {
                return Long.parseLong(line.substring(label.length()).trim().split(" ")[0].replace(",", ""));
            }
        }
        throw new AssertionError("no line " + label + " in " + out);
    }

    private static List<String> names(JsonNode report) {
        List<String> names = new ArrayList<>();
        report.get("stages").forEach(stage -> names.add(stage.get("stage").asText()));
        return names;
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
