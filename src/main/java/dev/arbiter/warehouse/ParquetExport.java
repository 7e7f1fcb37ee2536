package dev.arbiter.warehouse;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/**
 * Writes the warehouse tables the economics read as Parquet, one {@code <table>.parquet} per table, with DuckDB's
 * own {@code COPY … (FORMAT PARQUET)}, so another engine (Apache Spark) computes from exactly the same rows.
 */
public final class ParquetExport {
    /** The tables the economics grain is computed from. */
    public static final List<String> TABLES = List.of(
            "catalog_item", "sales_traffic_daily", "ad_advertised_product_daily", "fba_inventory_daily",
            "fba_fee_estimate", "ad_entity", "ad_search_term_daily");

    private final Connection warehouse;

    /** Borrows the warehouse connection; never closes it. */
    public ParquetExport(Connection warehouse) {
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
    }

    /** Replaces {@code dir/<table>.parquet} for every table of {@link #TABLES}, each file whole or not at all. */
    public Path writeTo(Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target);
            for (String table : TABLES) {
                Path file = target.resolve(table + ".parquet");
                Path partial = target.resolve(table + ".parquet.partial");
                Files.deleteIfExists(partial);
                try (Statement statement = warehouse.createStatement()) {
                    statement.execute("COPY " + table + " TO '" + partial.toString().replace("'", "''")
                            + "' (FORMAT PARQUET)");
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return target;
        } catch (FileSystemException e) {
            throw failure(target, e.getReason() != null ? e.getReason() : e.getClass().getSimpleName(), e);
        } catch (IOException | SQLException e) {
            throw failure(target, e.getMessage(), e);
        }
    }

    private static ArbiterException failure(Path target, String reason, Exception cause) {
        return new ArbiterException(ErrorKind.EXTERNAL, "cannot write the warehouse as Parquet to " + target + ": "
                + reason + "; choose a folder that can be written and has room (--tables)", cause);
    }
}
