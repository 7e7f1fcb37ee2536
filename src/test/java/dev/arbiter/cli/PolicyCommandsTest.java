package dev.arbiter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.warehouse.Warehouse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code arbiter policy check|apply|history|show} on a workspace holding the demo's operating model and no data. */
class PolicyCommandsTest {
    private static final String MARGIN_FLOOR = "sku.contribution_after_ads_pct >= 0.05";

    @TempDir
    Path workspace;

    @TempDir
    Path elsewhere;

    String demoModel;

    @BeforeEach
    void the_workspace_has_the_demo_operating_model() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dev/arbiter/policy/yaml/operating-model.yaml")) {
            demoModel = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(workspace.resolve("operating-model.yaml"), demoModel, StandardCharsets.UTF_8);
    }

    @Test
    void check_reports_an_unknown_variable_with_its_line_and_column_and_exits_with_two() throws IOException {
        Path bad = candidate("bad.yaml", demoModel.replace(MARGIN_FLOOR, "sku.margin_pct >= 0.05"));

        Arbiter.Run run = Arbiter.run("policy", "check", bad.toString(), "--dir", workspace.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("bad.yaml:29:41: unknown variable 'sku.margin_pct'; did you mean"
                + " 'sku.contribution_after_ads_pct'?"), run.err());
    }

    @Test
    void check_of_a_valid_file_says_so_and_that_there_is_no_data_to_preview_yet() throws IOException {
        Path stricter = candidate("stricter.yaml", demoModel.replace(MARGIN_FLOOR, "sku.contribution_after_ads_pct >= 0.08"));

        Arbiter.Run run = Arbiter.run("policy", "check", stricter.toString(), "--dir", workspace.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("stricter.yaml is valid: 5 users, 7 decision rights, 3 guardrails, 2 budgets, 1 rules\n"
                + "impact        none to preview: the workspace holds no data yet\n", run.out());
    }

    @Test
    void finance_applies_a_margin_guardrail_change_which_is_recorded_as_a_version_and_written() throws IOException {
        String stricter = demoModel.replace(MARGIN_FLOOR, "sku.contribution_after_ads_pct >= 0.08");

        Arbiter.Run run = Arbiter.run("policy", "apply", candidate("stricter.yaml", stricter).toString(), "--dir",
                workspace.toString(), "--as", "finance", "--reason", "raise the margin floor to 8%");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("applied version 2 by finance (finance): guardrails.margin-floor\n" + "operating model "
                + workspace.toRealPath().resolve("operating-model.yaml") + " (used by the next 'arbiter run')\n", run.out());
        assertEquals(stricter, Files.readString(workspace.resolve("operating-model.yaml"), StandardCharsets.UTF_8));
        String history = Arbiter.run("policy", "history", "--dir", workspace.toString()).out();
        assertTrue(history.matches("(?s)v2 .* finance \\(finance\\) +raise the margin floor to 8%\n"
                + " +changes guardrails.margin-floor \\(changed, owned by finance\\)\n"
                + "v1 .* arbiter +the workspace's operating model before its first governed change\n"), history);
        String shown = Arbiter.run("policy", "show", "v2", "--dir", workspace.toString()).out();
        assertTrue(shown.contains("reason  raise the margin floor to 8%\n"), shown);
        assertTrue(shown.contains("@@ line 29\n- " + demoModel.lines().toList().get(28) + "\n+ "
                + stricter.lines().toList().get(28) + "\n"), shown);
        assertEquals(demoModel, Arbiter.run("policy", "show", "1", "--content", "--dir", workspace.toString()).out());
        assertEquals("audit log intact: 2 entries, every hash chained\n",
                Arbiter.run("audit", "verify", "--dir", workspace.toString()).out());
    }

    @Test
    void finance_is_refused_a_change_to_decision_rights_and_nothing_is_applied() throws IOException {
        Path wider = candidate("wider.yaml", demoModel.replace("max_step_pct: 30", "max_step_pct: 50"));

        Arbiter.Run run = Arbiter.run("policy", "apply", wider.toString(), "--dir", workspace.toString(), "--as",
                "finance", "--reason", "faster bids");

        assertEquals(4, run.exitCode(), run.err());
        assertEquals("refused: finance (finance) may not change decision_rights.bid.change (changed, owned by cmo);"
                + " nothing was applied. Ask the owner, or leave those parts as they are in the current file\n", run.out());
        assertEquals(demoModel, Files.readString(workspace.resolve("operating-model.yaml"), StandardCharsets.UTF_8));
        assertEquals("no versions yet: the operating model has not been changed with 'arbiter policy apply'\n",
                Arbiter.run("policy", "history", "--dir", workspace.toString()).out());
    }

    @Test
    void the_cmo_may_apply_a_change_to_decision_rights() throws IOException {
        Path wider = candidate("wider.yaml", demoModel.replace("max_step_pct: 30", "max_step_pct: 50"));

        Arbiter.Run run = Arbiter.run("policy", "apply", wider.toString(), "--dir", workspace.toString(), "--as", "cmo",
                "--reason", "faster bids");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("applied version 2 by cmo (cmo): decision_rights.bid.change\n"), run.out());
    }

    @Test
    void an_unknown_user_is_named_with_the_users_there_are() throws IOException {
        Path same = candidate("same.yaml", demoModel);

        Arbiter.Run run = Arbiter.run("policy", "apply", same.toString(), "--dir", workspace.toString(), "--as", "eve",
                "--reason", "why not");

        assertEquals(2, run.exitCode());
        assertEquals("arbiter: 'eve' is not a user of the current operating model; users are [cmo, finance, ecommerce,"
                + " marketing, agency]\n", run.err());
    }

    @Test
    void deleting_the_audit_entry_of_a_policy_change_shows_in_verification() throws IOException, SQLException {
        Path stricter = candidate("stricter.yaml", demoModel.replace(MARGIN_FLOOR, "sku.contribution_after_ads_pct >= 0.08"));
        Arbiter.run("policy", "apply", stricter.toString(), "--dir", workspace.toString(), "--as", "finance", "--reason", "x");
        try (Warehouse warehouse = Warehouse.open(workspace.resolve("arbiter.duckdb"));
                Statement sql = warehouse.connection().createStatement()) {
            sql.execute("DELETE FROM audit_log WHERE seq = 2");
        }

        Arbiter.Run run = Arbiter.run("audit", "verify", "--dir", workspace.toString());

        assertEquals(2, run.exitCode());
        assertEquals("audit log tampered: first bad entry is 2 (entries from 2 on are missing); 1 entries read\n", run.err());
    }

    @Test
    void editing_an_applied_version_in_the_store_shows_in_verification() throws IOException, SQLException {
        Path stricter = candidate("stricter.yaml", demoModel.replace(MARGIN_FLOOR, "sku.contribution_after_ads_pct >= 0.08"));
        Arbiter.run("policy", "apply", stricter.toString(), "--dir", workspace.toString(), "--as", "finance", "--reason", "x");
        try (Warehouse warehouse = Warehouse.open(workspace.resolve("arbiter.duckdb"));
                Statement sql = warehouse.connection().createStatement()) {
            sql.execute("UPDATE policy_version SET content = replace(content, '0.08', '0.01') WHERE version = 2");
        }

        Arbiter.Run run = Arbiter.run("audit", "verify", "--dir", workspace.toString());

        assertEquals(2, run.exitCode());
        assertEquals("audit log tampered: first bad entry is 2 (policy version 2 is not the file entry 2 sealed: it was"
                + " changed after it was applied); 2 entries read\n", run.err());
    }

    private Path candidate(String name, String text) throws IOException {
        return Files.writeString(elsewhere.resolve(name), text, StandardCharsets.UTF_8);
    }
}
