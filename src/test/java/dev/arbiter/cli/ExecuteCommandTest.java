package dev.arbiter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.execute.AdActions;
import dev.arbiter.govern.Classification;
import dev.arbiter.govern.Verdict;
import dev.arbiter.govern.jdbc.JdbcLedger;
import dev.arbiter.policy.Role;
import dev.arbiter.warehouse.Warehouse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExecuteCommandTest {
    @TempDir
    Path workspace;

    private String bid;
    private String negative;
    private String order;

    @BeforeEach
    void aLedgerWithThreeApprovedActionsAndOneAwaiting() {
        Classification auto = new Classification(new Verdict.AutoApproved(), List.of());
        LocalDate basis = LocalDate.of(2026, 11, 22);
        try (Warehouse warehouse = Warehouse.open(workspace.resolve("arbiter.duckdb"))) {
            JdbcLedger ledger = new JdbcLedger(warehouse.connection(), Clock.systemUTC());
            bid = ledger.record(AdActions.aKeywordBidCut(), auto, basis).id();
            negative = ledger.record(AdActions.aNegative("garlic crusher"), auto, basis).id();
            order = ledger.record(AdActions.anOrder("GP-01", "Ningbo Homeware Co.", 600, "4.25",
                    "cover falls to 12 days, below the 39-day lead time"), auto, basis).id();
            ledger.record(AdActions.aBudgetRaiseInAPortfolio(),
                    new Classification(new Verdict.Awaiting(Role.FINANCE, "beyond 20%"), List.of()), basis);
        }
    }

    private record Run(int code, String out, String err) {}

    private Run arbiter(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return new Run(line.execute(args), out.toString(), err.toString());
    }

    @Test
    void execute_applies_each_approved_action_once_and_a_rerun_applies_none() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        Run first = arbiter("execute", "--dir", workspace.toString(), "--json");

        assertEquals(0, first.code(), first.err());
        assertEquals("{\"executed\":3,\"already_executed\":0,\"failed\":0,\"items\":["
                + "{\"id\":\"" + order + "\",\"status\":\"executed\",\"action\":\"order 600 × GP-01 from Ningbo Homeware Co."
                + " (2550.00 USD)\",\"detail\":\"written to the purchase order for Ningbo Homeware Co.\"},"
                + "{\"id\":\"" + bid + "\",\"status\":\"executed\",\"action\":\"" + AdActions.aKeywordBidCut().describe()
                + "\",\"detail\":\"written to bulksheet bulksheet-" + today + ".xlsx\"},"
                + "{\"id\":\"" + negative + "\",\"status\":\"executed\",\"action\":\"negative exact \\\"garlic crusher\\\" in"
                + " Garlic Press - Auto › Auto AG\",\"detail\":\"written to bulksheet bulksheet-" + today + ".xlsx\"}]}\n",
                first.out());
        assertTrue(Files.isRegularFile(workspace.resolve("out/bulksheet-" + today + ".xlsx")));
        assertTrue(Files.isRegularFile(workspace.resolve("out/po-ningbo-homeware-co-" + today + ".csv")));
        assertTrue(Files.isRegularFile(workspace.resolve("out/po-ningbo-homeware-co-" + today + ".html")));

        Run second = arbiter("execute", "--dir", workspace.toString(), "--json");

        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().startsWith("{\"executed\":0,\"already_executed\":3,\"failed\":0,\"items\":["), second.out());
    }

    @Test
    void a_dry_run_through_the_api_prints_exactly_the_requests_and_changes_nothing() {
        Run dry = arbiter("execute", "--dir", workspace.toString(), "--via", "api", "--dry-run");

        assertEquals(0, dry.code(), dry.err());
        assertEquals("PUT /sp/keywords\n"
                + "Content-Type: application/vnd.spKeyword.v3+json\n"
                + "Accept: application/vnd.spKeyword.v3+json\n"
                + "{\"keywords\":[{\"keywordId\":\"345678901234567\",\"bid\":0.64}]}\n"
                + "POST /sp/negativeKeywords\n"
                + "Content-Type: application/vnd.spNegativeKeyword.v3+json\n"
                + "Accept: application/vnd.spNegativeKeyword.v3+json\n"
                + "{\"negativeKeywords\":[{\"campaignId\":\"123456789012345\",\"adGroupId\":\"234567890123456\","
                + "\"keywordText\":\"garlic crusher\",\"matchType\":\"NEGATIVE_EXACT\",\"state\":\"ENABLED\"}]}\n"
                + "purchase order Ningbo Homeware Co.: order 600 × GP-01 from Ningbo Homeware Co. (2550.00 USD)\n"
                + bid + " would_send: " + AdActions.aKeywordBidCut().describe() + " (would send via api)\n"
                + negative + " would_send: negative exact \"garlic crusher\" in Garlic Press - Auto › Auto AG (would send via api)\n"
                + order + " would_send: order 600 × GP-01 from Ningbo Homeware Co. (2550.00 USD) (would write a purchase"
                + " order for Ningbo Homeware Co.)\n"
                + "dry run: 3 actions would be sent; executed 0, already executed 0, failed 0\n", dry.out());
        assertEquals(false, Files.exists(workspace.resolve("out")));
        assertTrue(arbiter("execute", "--dir", workspace.toString(), "--json").out().startsWith("{\"executed\":3,"));
    }

    @Test
    void an_unknown_channel_is_a_usage_error() {
        Run run = arbiter("execute", "--dir", workspace.toString(), "--via", "fax");

        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("Invalid value for option '--via': expected one of [bulksheet, api]"
                + " (case-sensitive) but was 'fax'"), run.err());
    }
}
