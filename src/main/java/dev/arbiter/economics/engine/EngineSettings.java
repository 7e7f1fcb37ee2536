package dev.arbiter.economics.engine;

import java.util.Objects;

/**
 * Where an engine runs and where it reads the warehouse's tables.
 *
 * @param master   the cluster to run on, as the engine names it (Spark: {@code local[2]}, {@code spark://host:7077},
 *                 {@code yarn})
 * @param tables   the folder (a path or URI every worker can read) holding one Parquet file per warehouse table,
 *                 named {@code <table>.parquet}
 */
public record EngineSettings(String master, String tables) {

    public EngineSettings {
        Objects.requireNonNull(master, "master");
        Objects.requireNonNull(tables, "tables");
    }
}
