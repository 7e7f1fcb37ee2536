package dev.arbiter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.arbiter.cli.Arbiter.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineOptionsTest {

    @Test
    void run_on_spark_without_the_spark_module_on_the_class_path_says_how_to_get_it(@TempDir Path workspace) {
        Run run = Arbiter.run("run", "--dir", workspace.toString(), "--engine", "spark", "--master", "local[2]");

        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals("arbiter: the spark engine is not on the class path; run Arbiter through the ./arbiter launcher,"
                + " which builds the spark module (spark/) on first use, or put arbiter-spark.jar and its"
                + " spark/target/lib folder on the class path\n", run.err());
        assertFalse(Files.exists(workspace.resolve("parquet")), "nothing is written for an engine that cannot run");
    }

    @Test
    void an_unknown_engine_is_a_usage_error_that_names_the_engines(@TempDir Path workspace) {
        Run run = Arbiter.run("run", "--dir", workspace.toString(), "--engine", "flink");

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals("--engine takes duckdb or spark, got 'flink'", run.err().lines().findFirst().orElseThrow());
    }
}
