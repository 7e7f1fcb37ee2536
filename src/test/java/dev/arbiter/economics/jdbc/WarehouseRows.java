package dev.arbiter.economics.jdbc;

import dev.arbiter.warehouse.Warehouse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;

/** Loads a hand-written fixture of warehouse rows, {@code <name>.sql} beside the tests, statement by statement. */
public final class WarehouseRows {
    private WarehouseRows() {}

    public static void load(Warehouse warehouse, String name) {
        String path = "/dev/arbiter/economics/jdbc/" + name + ".sql";
        try (InputStream in = WarehouseRows.class.getResourceAsStream(path);
                Statement statement = warehouse.connection().createStatement()) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + path);
            }
            for (String sql : new String(in.readAllBytes(), StandardCharsets.UTF_8).split(";\\s*\\n")) {
                if (!sql.lines().allMatch(line -> line.isBlank() || line.trim().startsWith("--"))) {
                    statement.execute(sql);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("fixture " + name + " does not load: " + e.getMessage(), e);
        }
    }
}
