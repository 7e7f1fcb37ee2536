package dev.arbiter.cli;

import dev.arbiter.economics.engine.EconomicsEngine;
import dev.arbiter.economics.engine.EconomicsEngineProvider;
import dev.arbiter.economics.engine.EngineSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options that choose the engine computing the economics: the workspace's DuckDB, or Apache Spark. */
final class EngineOptions {
    /** The embedded warehouse: the default, computed in the workspace's own DuckDB file. */
    static final String EMBEDDED = "duckdb";

    /** The engines a user may name: the embedded warehouse and the Spark module's. */
    static final List<String> ENGINES = List.of(EMBEDDED, "spark");

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    String engine = EMBEDDED;

    @Option(names = "--engine", paramLabel = "NAME",
            description = "Compute the economics on duckdb (default) or spark (the scale-out module, see docs/spark.md).")
    void engine(String name) {
        if (!ENGINES.contains(name)) {
            throw new ParameterException(command.commandLine(), "--engine takes duckdb or spark, got '" + name + "'");
        }
        engine = name;
    }

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: the Spark master, e.g. local[2], spark://host:7077, yarn (default: ${DEFAULT-VALUE}).")
    String master = "local[*]";

    @Option(names = "--tables", paramLabel = "DIR",
            description = "With --engine spark: where the warehouse is written as Parquet for Spark to read; on a cluster a"
                    + " folder every worker mounts (default: the workspace's parquet/ folder).")
    Path tables;

    /**
     * The engine the options name, opened and installed in {@code session}: the session's own warehouse for
     * {@code duckdb}, else the warehouse written as Parquet and the named engine started over it.
     */
    EconomicsEngine openFor(Session session, PrintWriter out) {
        if (engine.equals(EMBEDDED)) {
            return session.economics();
        }
        EconomicsEngineProvider provider = EconomicsEngineProvider.named(engine, EngineOptions.class.getClassLoader());
        Path dir = session.warehouseAsParquet(tables != null ? tables : session.workspace().dir().resolve("parquet"));
        out.println("engine        " + engine + " on " + master + ", reading " + dir);
        out.flush();
        EconomicsEngine opened = provider.open(new EngineSettings(master, dir.toUri().toString()));
        session.computeEconomicsWith(opened);
        return opened;
    }
}
