package dev.arbiter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The whole loop through the command line, on a small demo brand: what a user sees after `./arbiter demo`. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WholeLoopIT {
    private static final List<String> BULKSHEET_COLUMNS = List.of("Product", "Entity", "Operation", "Campaign ID",
            "Ad Group ID", "Portfolio ID", "Ad ID", "Keyword ID", "Product Targeting ID", "Campaign Name",
            "Ad Group Name", "Start Date", "End Date", "Targeting Type", "State", "Daily Budget", "SKU", "ASIN",
            "Ad Group Default Bid", "Bid", "Keyword Text", "Match Type", "Bidding Strategy", "Placement",
            "Percentage", "Product Targeting Expression");

    @TempDir
    static Path temp;

    Path workspace;
    Run demo;

    record Run(int exitCode, String out, String err) {}

    @BeforeAll
    void runs_the_demo() {
        workspace = temp.resolve("demo");
        demo = arbiter("demo", "--dir", workspace.toString(), "--seed", "7", "--days", "40", "--until", "2026-03-31");
    }

    @Test
    void the_demo_succeeds_and_says_where_its_files_are() {
        assertEquals(0, demo.exitCode(), demo.err());
        assertTrue(demo.out().contains("report        " + workspace.resolve("out/report.html")), demo.out());
        assertTrue(demo.out().contains("bulksheet     "), demo.out());
    }

    @Test
    void the_report_has_every_section_in_the_order_of_the_seed() throws IOException {
        String html = Files.readString(workspace.resolve("out/report.html"), StandardCharsets.UTF_8);
        int last = -1;
        for (String heading : List.of("1. Objectives", "2. Retail health", "3. Media delivery and efficiency",
                "4. Conversion", "5. Profitability", "6. Actions")) {
            int at = html.indexOf(heading);
            assertTrue(at > last, heading + " missing or out of order");
            last = at;
        }
        assertTrue(html.contains("<svg"), "charts are inline SVG");
        assertFalse(html.contains("<script src"), "the report is self-contained");
    }

    @Test
    void the_bulksheet_holds_only_valid_update_and_create_rows() throws IOException {
        Path csv;
        try (Stream<Path> files = Files.list(workspace.resolve("out"))) {
            csv = files.filter(p -> p.getFileName().toString().matches("bulksheet-.*\\.csv")).findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(BULKSHEET_COLUMNS, Arrays.asList(lines.get(0).split(",", -1)));
        assertTrue(lines.size() > 1, "the demo brand yields auto-approved ad actions");
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = csvCells(line);
            assertEquals(26, cells.size(), line);
            assertEquals("Sponsored Products", cells.get(0));
            String entity = cells.get(1);
            String operation = cells.get(2);
            assertFalse(cells.get(3).isBlank(), "every row names its campaign: " + line);
            switch (entity) {
                case "Keyword" -> {
                    if (operation.equals("Create")) {
                        assertEquals("exact", cells.get(21), "a harvested keyword is exact: " + line);
                        assertFalse(cells.get(20).isBlank(), "a keyword create needs its text: " + line);
                    } else {
                        assertEquals("Update", operation);
                        assertFalse(cells.get(7).isBlank(), "a keyword update needs its Keyword ID: " + line);
                    }
                    assertTrue(cells.get(19).matches("\\d+\\.\\d{2}"), "bid with two decimals: " + line);
                }
                case "Campaign", "Ad group" -> {
                    assertEquals("Create", operation, "only a harvest's new campaign is created: " + line);
                    assertTrue(cells.get(3).startsWith("harvest-"), "a temporary key: " + line);
                }
                case "Product targeting" -> {
                    assertEquals("Update", operation);
                    assertFalse(cells.get(8).isBlank(), "a target update needs its Product Targeting ID: " + line);
                }
                case "Product ad" -> {
                    if (operation.equals("Create")) {
                        assertFalse(cells.get(16).isBlank(), "a product ad create needs its SKU: " + line);
                    } else {
                        assertEquals("Update", operation);
                        assertFalse(cells.get(6).isBlank(), "a product ad update needs its Ad ID: " + line);
                        assertEquals("paused", cells.get(14));
                    }
                }
                case "Negative keyword" -> {
                    assertEquals("Create", operation);
                    assertEquals("negativeExact", cells.get(21));
                    assertFalse(cells.get(20).isBlank());
                }
                default -> throw new AssertionError("unexpected entity " + entity + " in " + line);
            }
        }
    }

    @Test
    void ingesting_the_inbox_again_changes_no_row() throws SQLException {
        long before = warehouseRows();
        Run again = arbiter("ingest", "--dir", workspace.toString());
        assertEquals(0, again.exitCode(), again.err() + again.out());
        assertEquals(before, warehouseRows());
    }

    @Test
    void running_the_loop_again_proposes_nothing_twice() throws SQLException {
        long before = count("SELECT count(*) FROM ledger_action");
        Run again = arbiter("run", "--dir", workspace.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(before, count("SELECT count(*) FROM ledger_action"));
    }

    @Test
    void an_approved_order_whose_guardrail_now_fails_returns_to_awaiting_before_execution() throws IOException {
        Path copy = temp.resolve("recheck");
        try (Stream<Path> files = Files.walk(workspace)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(workspace.relativize(file).toString()));
            }
        }
        // The demo's one order awaiting finance may have been approved by another test of this class already.
        Run awaiting = arbiter("actions", "--dir", copy.toString(), "--status", "awaiting");
        Run approved = arbiter("actions", "--dir", copy.toString(), "--status", "approved");
        Optional<String> waiting = firstOrder(awaiting.out());
        String id = waiting.or(() -> firstOrder(approved.out())).orElseThrow(() -> new AssertionError(
                "the demo has an order awaiting or approved: " + awaiting.out() + approved.out()));
        if (waiting.isPresent()) {
            assertEquals(0, arbiter("actions", "approve", id, "--dir", copy.toString(), "--as", "finance").exitCode());
        }
        String model = Files.readString(copy.resolve("operating-model.yaml"), StandardCharsets.UTF_8);
        Path stricter = Files.writeString(temp.resolve("stricter.yaml"),
                model.replace("action.value <= 25000.0", "action.value <= 100.0"), StandardCharsets.UTF_8);
        assertEquals(0, arbiter("policy", "apply", stricter.toString(), "--dir", copy.toString(), "--as", "cmo",
                "--reason", "every order to the cmo").exitCode());

        Run run = arbiter("run", "--dir", copy.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("re-checked    "), run.out());
        String listed = arbiter("actions", "--dir", copy.toString(), "--status", "awaiting").out();
        String entry = listed.substring(listed.indexOf(id));
        assertTrue(entry.matches("(?s)" + id + " +restock.order +awaiting +cmo .*"), entry);
        assertTrue(entry.contains("verdict: awaiting cmo: re-checked before execution on the data of 2026-03-31:"
                + " guardrail large-orders-to-cmo now fails: orders above 25,000 commit working capital the CMO"
                + " arbitrates\n"), entry);
    }

    private static Optional<String> firstOrder(String listing) {
        return listing.lines().filter(l -> l.startsWith("A-") && l.contains("restock.order")).findFirst()
                .map(line -> line.substring(0, 14));
    }

    @Test
    void every_listed_action_carries_its_rationale() {
        Run listed = arbiter("actions", "--dir", workspace.toString());
        assertEquals(0, listed.exitCode(), listed.err());
        assertTrue(listed.out().contains("why: "), listed.out());
    }

    @Test
    void an_awaiting_action_is_refused_to_the_wrong_role_and_approved_by_the_right_one() {
        Run awaiting = arbiter("actions", "--dir", workspace.toString(), "--status", "awaiting");
        String line = awaiting.out().lines().filter(l -> l.startsWith("A-") && l.contains("finance"))
                .findFirst().orElseThrow(() -> new AssertionError("the demo has an action awaiting finance: " + awaiting.out()));
        String id = line.substring(0, line.indexOf(' '));

        Run wrong = arbiter("actions", "approve", id, "--dir", workspace.toString(), "--as", "marketing");
        assertEquals(4, wrong.exitCode(), wrong.out() + wrong.err());
        assertTrue(wrong.out().startsWith("refused: "), wrong.out());

        Run right = arbiter("actions", "approve", id, "--dir", workspace.toString(), "--as", "finance", "--comment", "in plan");
        assertEquals(0, right.exitCode(), right.out() + right.err());
        assertEquals(id + " is now approved", right.out().strip());
    }

    @Test
    void an_unknown_status_is_a_usage_error() {
        Run listed = arbiter("actions", "--dir", workspace.toString(), "--status", "pending");
        assertEquals(1, listed.exitCode());
        assertTrue(listed.err().contains("unknown status 'pending'"), listed.err());
    }

    private long warehouseRows() throws SQLException {
        long total = 0;
        for (String table : List.of("catalog_item", "sales_traffic_daily", "ad_search_term_daily",
                "ad_advertised_product_daily", "ad_entity", "ad_portfolio", "fba_inventory_daily", "fba_fee_estimate")) {
            total += count("SELECT count(*) FROM " + table);
        }
        return total;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + workspace.resolve("arbiter.duckdb"));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
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

    private static List<String> csvCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
