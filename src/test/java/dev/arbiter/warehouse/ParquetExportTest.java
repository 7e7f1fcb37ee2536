package dev.arbiter.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.model.ArbiterException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetExportTest {

    @Test
    void every_table_the_economics_read_is_written_as_one_parquet_file_with_its_rows_and_exact_decimals(
            @TempDir Path dir) throws SQLException {
        try (Warehouse warehouse = Warehouse.inMemory()) {
            Connection connection = warehouse.connection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO catalog_item (sku, asin, title, category, unit_cost, currency,"
                        + " lead_time_days, supplier, objective, file_id) VALUES ('SKU-1', 'B000000001', 'Kettle', 'kitchen',"
                        + " 12.345678, 'USD', 30, 'Acme', 'profit', 1)");
            }

            Path written = new ParquetExport(connection).writeTo(dir.resolve("parquet"));

            for (String table : ParquetExport.TABLES) {
                assertTrue(Files.isRegularFile(written.resolve(table + ".parquet")), table);
            }
            assertEquals(List.of(), listPartial(written));
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT sku, unit_cost FROM read_parquet('"
                            + written.resolve("catalog_item.parquet") + "')")) {
                row.next();
                assertEquals("SKU-1", row.getString("sku"));
                assertEquals(new BigDecimal("12.345678"), row.getBigDecimal("unit_cost"));
                assertEquals(false, row.next());
            }
        }
    }

    @Test
    void a_folder_that_cannot_be_made_is_named_with_what_to_check(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "a file, not a folder");
        try (Warehouse warehouse = Warehouse.inMemory()) {
            ArbiterException e = assertThrows(ArbiterException.class,
                    () -> new ParquetExport(warehouse.connection()).writeTo(file.resolve("parquet")));
            assertEquals("cannot write the warehouse as Parquet to " + file.resolve("parquet") + ": Not a directory;"
                    + " choose a folder that can be written and has room (--tables)", e.getMessage());
        }
    }

    private static List<Path> listPartial(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(".partial")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
