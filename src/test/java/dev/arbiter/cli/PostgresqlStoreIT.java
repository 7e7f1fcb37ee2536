package dev.arbiter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --store postgresql://…}: the ledger and audit log live in a throwaway database on the server named by
 * {@code -Darbiter.test.postgresql}, the warehouse stays in the workspace; skipped, saying so, without a server.
 */
class PostgresqlStoreIT {
    private static final String PROPERTY = "arbiter.test.postgresql";

    @TempDir
    Path workspace;

    String server;
    String database;
    String store;

    @BeforeEach
    void a_fresh_database_and_a_workspace_with_the_demo_model() throws SQLException, IOException {
        server = System.getProperty(PROPERTY, "");
        assumeTrue(!server.isBlank(), "no PostgreSQL server named: run with -D" + PROPERTY + "=jdbc:postgresql://host:port/db?user=…");
        database = "arbiter_cli_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
        execute("CREATE DATABASE " + database);
        store = server.substring("jdbc:".length()).replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        try (InputStream in = getClass().getResourceAsStream("/dev/arbiter/policy/yaml/operating-model.yaml")) {
            Files.write(workspace.resolve("operating-model.yaml"), in.readAllBytes());
        }
    }

    @AfterEach
    void drop_the_database() throws SQLException {
        if (database != null) {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void a_policy_change_is_recorded_in_the_postgresql_ledger_and_not_in_the_workspace() throws IOException {
        String model = Files.readString(workspace.resolve("operating-model.yaml"), StandardCharsets.UTF_8);
        Path stricter = Files.writeString(workspace.resolve("stricter.yaml"),
                model.replace(">= 0.05", ">= 0.08"), StandardCharsets.UTF_8);

        Arbiter.Run applied = Arbiter.run("policy", "apply", stricter.toString(), "--dir", workspace.toString(),
                "--store", store, "--as", "finance", "--reason", "raise the margin floor");

        assertEquals(0, applied.exitCode(), applied.err());
        assertEquals("audit log intact: 2 entries, every hash chained\n",
                Arbiter.run("audit", "verify", "--dir", workspace.toString(), "--store", store).out());
        assertEquals("audit log intact: 0 entries, every hash chained\n",
                Arbiter.run("audit", "verify", "--dir", workspace.toString()).out());
        assertEquals(0, Arbiter.run("actions", "--dir", workspace.toString(), "--store", store).exitCode());
    }

    @Test
    void an_unreachable_server_is_an_external_failure_with_the_password_masked() {
        Arbiter.Run run = Arbiter.run("audit", "verify", "--dir", workspace.toString(), "--store",
                "postgresql://127.0.0.1:1/ledger?user=arbiter&password=secret");

        assertEquals(3, run.exitCode());
        assertEquals(true, run.err().startsWith("arbiter: cannot connect to the ledger store"
                + " postgresql://127.0.0.1:1/ledger?user=arbiter&password=***: "), run.err());
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
