package dev.arbiter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BacktestCommandTest {
    private record Run(int exitCode, String out, String err) {}

    private static Run arbiter(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = Main.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void the_json_holds_one_object_per_policy_with_the_five_figures() throws Exception {
        Run run = arbiter("backtest", "--days", "7", "--seed", "3", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertEquals(2, array.size());
        List<String> policies = new ArrayList<>();
        for (JsonNode policy : array) {
            policies.add(policy.get("policy").asText());
            List<String> fields = new ArrayList<>();
            policy.fieldNames().forEachRemaining(fields::add);
            assertEquals(List.of("policy", "contribution_after_ads", "ad_spend", "revenue", "stockout_days"), fields);
            assertTrue(policy.get("revenue").decimalValue().signum() > 0, run.out());
        }
        assertEquals(List.of("arbiter", "siloed"), policies);
    }

    @Test
    void the_table_shows_both_policies_side_by_side() {
        Run run = arbiter("backtest", "--days", "7", "--seed", "3");
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().split("\\R");
        assertEquals("backtest of the demo brand (seed 3): 7 days from 2026-03-02, weekly reviews, amounts in USD", lines[0]);
        assertEquals("policy    contribution_after_ads      ad_spend         revenue  stockout_days", lines[1]);
        assertTrue(lines[2].startsWith("arbiter "), run.out());
        assertTrue(lines[3].startsWith("siloed "), run.out());
    }

    @Test
    void fewer_than_seven_days_is_a_usage_error() {
        Run run = arbiter("backtest", "--days", "3");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("--days must be between 7 and 365, got 3"), run.err());
    }
}
