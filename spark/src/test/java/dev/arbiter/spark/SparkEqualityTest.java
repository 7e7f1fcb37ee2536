package dev.arbiter.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.demo.DemoBrand;
import dev.arbiter.demo.DemoFiles;
import dev.arbiter.economics.Contribution;
import dev.arbiter.economics.SkuDay;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.economics.engine.EconomicsEngine;
import dev.arbiter.economics.engine.EconomicsEngineProvider;
import dev.arbiter.economics.engine.EngineSettings;
import dev.arbiter.economics.jdbc.EconomicsQueries;
import dev.arbiter.ingest.Ingestor;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Marketplace;
import dev.arbiter.policy.Guardrail;
import dev.arbiter.policy.OperatingModel;
import dev.arbiter.policy.yaml.OperatingModelFile;
import dev.arbiter.warehouse.ParquetExport;
import dev.arbiter.warehouse.Warehouse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a small demo brand (28 days), every metric table Arbiter computes from the warehouse comes out the same on
 * DuckDB and on Spark in {@code local[2]}: every row and column, money to the cent, ratios to 1e-9 relative.
 */
class SparkEqualityTest {
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 31);
    private static final int DAYS = 28;

    @TempDir
    static Path workspace;

    private static Path operatingModel;
    private static Warehouse warehouse;
    private static EconomicsQueries duckdb;
    private static EconomicsEngine spark;
    private static EconomicsQueries duckdbWithSparkGrain;

    @BeforeAll
    static void computes_a_demo_brand_on_both_engines() {
        DemoFiles files = DemoBrand.of(11).write(workspace, LAST_DAY, DAYS);
        operatingModel = files.operatingModel();
        warehouse = Warehouse.open(workspace.resolve("arbiter.duckdb"));
        Clock clock = Clock.fixed(Instant.parse("2026-04-01T06:00:00Z"), ZoneOffset.UTC);
        Ingestor ingestor = new Ingestor(warehouse.connection(), clock, Marketplace.US);
        files.reports().forEach(ingestor::ingest);
        Path tables = new ParquetExport(warehouse.connection()).writeTo(workspace.resolve("parquet"));
        spark = EconomicsEngineProvider.named("spark", SparkEqualityTest.class.getClassLoader())
                .open(new EngineSettings("local[2]", tables.toUri().toString()));
        duckdb = new EconomicsQueries(warehouse.connection());
        duckdbWithSparkGrain = new EconomicsQueries(warehouse.connection(), spark);
    }

    @AfterAll
    static void stops() {
        if (spark != null) {
            spark.close();
        }
        if (warehouse != null) {
            warehouse.close();
        }
    }

    @Test
    void the_spark_engine_is_found_through_the_service_loader() {
        assertInstanceOf(SparkEconomics.class, spark);
    }

    /** Spark brings its own versions of libraries the core uses (protobuf for CEL among them); the core's win. */
    @Test
    void the_operating_model_and_its_guardrails_compile_with_spark_on_the_class_path() {
        OperatingModel model = OperatingModelFile.load(operatingModel);
        assertEquals(List.of("margin-floor", "no-ads-without-stock", "price-moves", "large-orders-to-cmo"),
                model.guardrails().stream().map(Guardrail::id).toList());
    }

    @Test
    void every_sku_day_with_its_contribution_is_the_same_on_both_engines() {
        DateRange all = duckdb.dataRange().orElseThrow();
        assertEquals(new DateRange(LAST_DAY.minusDays(DAYS - 1), LAST_DAY), all);
        List<SkuDay> embedded = duckdb.skuDays(all);
        List<SkuDay> scaledOut = spark.skuDays(all);
        assertEquals(120 * DAYS, embedded.size(), "every catalog SKU on every day");
        assertTrue(embedded.stream().anyMatch(day -> day.fees().amount().signum() > 0), "fees are computed");
        Differences differences = new Differences();
        differences.tables("sku_days", embedded, scaledOut);
        for (int i = 0; i < Math.min(embedded.size(), scaledOut.size()); i++) {
            contribution(differences, "sku_days[" + i + "]", embedded.get(i).contribution(),
                    scaledOut.get(i).contribution());
        }
        assertEquals(List.of(), differences.found());
    }

    /** The roll-ups cut a 14-day window from Spark's grain, so the window's edges are compared too. */
    @Test
    void every_sku_rollup_over_the_window_is_the_same_on_both_engines() {
        DateRange window = new DateRange(LAST_DAY.minusDays(13), LAST_DAY);
        Differences differences = new Differences();
        var embedded = duckdb.skus(window);
        var scaledOut = duckdbWithSparkGrain.skus(window);
        differences.tables("skus", embedded, scaledOut);
        for (int i = 0; i < Math.min(embedded.size(), scaledOut.size()); i++) {
            contribution(differences, "skus[" + i + "]", Contribution.of(embedded.get(i)), Contribution.of(scaledOut.get(i)));
        }
        assertEquals(List.of(), differences.found());
    }

    @Test
    void every_keyword_and_product_target_is_the_same_on_both_engines() {
        DateRange window = duckdb.dataRange().orElseThrow();
        List<TargetEconomics> embedded = duckdb.targets(window);
        List<TargetEconomics> scaledOut = spark.targets(window);
        assertTrue(embedded.size() > 100, "the demo has targets with delivery, got " + embedded.size());
        Differences differences = new Differences();
        differences.tables("targets", embedded, scaledOut);
        for (int i = 0; i < Math.min(embedded.size(), scaledOut.size()); i++) {
            TargetEconomics a = embedded.get(i);
            TargetEconomics b = scaledOut.get(i);
            differences.value("targets[" + i + "].acos", a.acos(), b.acos());
            differences.value("targets[" + i + "].conversionRate", a.conversionRate(), b.conversionRate());
            differences.value("targets[" + i + "].costPerClick", a.costPerClick(), b.costPerClick());
            differences.value("targets[" + i + "].salesPerClick", a.salesPerClick(), b.salesPerClick());
        }
        assertEquals(List.of(), differences.found());
    }

    @Test
    void every_search_term_aggregate_is_the_same_on_both_engines() {
        DateRange window = duckdb.dataRange().orElseThrow();
        var embedded = duckdb.searchTerms(window);
        assertTrue(embedded.size() > 1000, "the demo has search terms, got " + embedded.size());
        Differences differences = new Differences();
        differences.tables("search_terms", embedded, spark.searchTerms(window));
        assertEquals(List.of(), differences.found());
    }

    private static void contribution(Differences differences, String where, Contribution a, Contribution b) {
        differences.value(where + ".cm1", a.contributionBeforeAds(), b.contributionBeforeAds());
        differences.value(where + ".cm2", a.contributionAfterAds(), b.contributionAfterAds());
        differences.value(where + ".cm1Pct", a.contributionBeforeAdsPct(), b.contributionBeforeAdsPct());
        differences.value(where + ".cm2Pct", a.contributionAfterAdsPct(), b.contributionAfterAdsPct());
        differences.value(where + ".tacos", a.tacos(), b.tacos());
    }
}
