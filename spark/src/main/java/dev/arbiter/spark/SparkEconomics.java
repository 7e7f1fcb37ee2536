package dev.arbiter.spark;

import dev.arbiter.economics.SearchTermStats;
import dev.arbiter.economics.SkuDay;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.economics.engine.EconomicsEngine;
import dev.arbiter.economics.engine.EngineSettings;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.warehouse.ParquetExport;
import dev.arbiter.warehouse.SqlResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The economics grain computed by Spark SQL ({@code .sql} resources beside this class, the core's queries in Spark's
 * dialect) over the warehouse tables written as Parquet, one {@code <table>.parquet} each.
 */
public final class SparkEconomics implements EconomicsEngine {
    private final SparkSession spark;

    /** Registers every table of {@link ParquetExport#TABLES} under {@code tables} as a view of {@code spark}. */
    public SparkEconomics(SparkSession spark, String tables) {
        this.spark = Objects.requireNonNull(spark, "spark");
        String folder = tables.endsWith("/") ? tables : tables + "/";
        for (String table : ParquetExport.TABLES) {
            String file = folder + table + ".parquet";
            try {
                spark.read().parquet(file).createOrReplaceTempView(table);
            } catch (RuntimeException e) {
                throw new ArbiterException(ErrorKind.USER, "Spark cannot read " + file + ": " + firstLine(e)
                        + "; with a cluster, --tables must name a folder every worker can read", e);
            }
        }
    }

    /**
     * Starts (or joins) a Spark session on {@code settings.master()} over the Parquet tables in
     * {@code settings.tables()}. Further Spark settings come from {@code -Dspark.…} system properties.
     */
    public static SparkEconomics open(EngineSettings settings) {
        SparkSession spark;
        try {
            spark = SparkSession.builder()
                    .appName("arbiter")
                    .master(settings.master())
                    .config("spark.ui.enabled", false)
                    .config("spark.sql.session.timeZone", "UTC")
                    .config("spark.sql.datetime.java8API.enabled", true)
                    .config("spark.sql.shuffle.partitions",
                            System.getProperty("spark.sql.shuffle.partitions", settings.master().startsWith("local") ? "4" : "200"))
                    .getOrCreate();
        } catch (RuntimeException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot start Spark on " + settings.master() + ": "
                    + firstLine(e) + "; check --master (local[2], spark://host:7077, yarn) and that the cluster runs"
                    + " Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION(), e);
        }
        return new SparkEconomics(spark, settings.tables());
    }

    @Override
    public List<SkuDay> skuDays(DateRange range) {
        return query("sku_days", range, SparkRows::skuDay);
    }

    @Override
    public List<TargetEconomics> targets(DateRange window) {
        return query("target_delivery", window, row -> SparkRows.target(row, window));
    }

    @Override
    public List<SearchTermStats> searchTerms(DateRange window) {
        return query("search_terms_by_ad_group", window, SparkRows::searchTerm);
    }

    /** Stops the Spark session. */
    @Override
    public void close() {
        spark.stop();
    }

    private <T> List<T> query(String name, DateRange range, Function<Row, T> mapper) {
        String sql = SqlResource.of(SparkEconomics.class, name);
        Map<String, Object> parameters = Map.of("first_day", range.from(), "last_day", range.to());
        List<Row> rows;
        try {
            rows = spark.sql(sql, parameters).collectAsList();
        } catch (RuntimeException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "Spark cannot compute the economics (" + name + "): "
                    + firstLine(e), e);
        }
        List<T> mapped = new ArrayList<>(rows.size());
        for (Row row : rows) {
            mapped.add(mapper.apply(row));
        }
        return mapped;
    }

    private static String firstLine(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
