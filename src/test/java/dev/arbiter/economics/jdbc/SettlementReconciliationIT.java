package dev.arbiter.economics.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.arbiter.economics.SkuDay;
import dev.arbiter.ingest.FileSummary;
import dev.arbiter.ingest.Ingestor;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Marketplace;
import dev.arbiter.warehouse.Warehouse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The real seller's February 2020 Date Range transaction report (../shared/data): the fees and returns cost CM1 takes
 * from it over its days equal, to the cent, what its own {@code total} column leaves once sales, credits, promotions,
 * taxes and other amounts are taken out.
 */
class SettlementReconciliationIT {
    private static final Path FILE = Path.of("..", "shared", "data", "amazon-seller-us-2019", "finance",
            "2020Feb1-2020Feb29CustomTransaction.csv");
    private static final DateRange FEBRUARY = new DateRange(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29));

    @Test
    void fees_and_returns_over_the_report_reconcile_with_its_totals_to_the_cent() throws SQLException {
        assumeTrue(Files.isRegularFile(FILE), "skipped: the real Date Range report " + FILE + " is absent");
        try (Warehouse warehouse = Warehouse.inMemory()) {
            Clock march = Clock.fixed(Instant.parse("2020-03-10T00:00:00Z"), ZoneOffset.UTC);
            FileSummary summary = new Ingestor(warehouse.connection(), march, Marketplace.US).ingest(FILE);
            assertEquals(0, summary.quarantined(), () -> summary.errors().toString());
            // a catalog of the report's SKUs at no cost, and a Business Report grid for every day of February
            execute(warehouse, "INSERT INTO catalog_item (sku, asin, title, category, unit_cost, currency, lead_time_days,"
                    + " supplier, objective, file_id) SELECT DISTINCT sku, NULL, NULL, 'all', 0, 'USD', 30, 'any',"
                    + " 'profit', 99 FROM payment_transaction WHERE sku IS NOT NULL");
            execute(warehouse, "INSERT INTO sales_traffic_daily SELECT CAST(d AS DATE), NULL, 'B000000000', NULL, NULL,"
                    + " 0, 0, NULL, 0, NULL, 0, 0, 'USD', 98 FROM generate_series(DATE '2020-02-01', DATE '2020-02-29',"
                    + " INTERVAL 1 DAY) g(d)");

            BigDecimal costs = BigDecimal.ZERO;
            for (SkuDay day : new EconomicsQueries(warehouse.connection()).skuDays(FEBRUARY)) {
                costs = costs.add(day.fees().amount()).add(day.returnsCost().amount());
            }

            BigDecimal expected = single(warehouse, "SELECT -sum(total - (product_sales_tax + shipping_credits_tax"
                    + " + giftwrap_credits_tax + promotional_rebates_tax + marketplace_withheld_tax) - CASE WHEN type ="
                    + " 'Refund' THEN 0 ELSE product_sales + shipping_credits + gift_wrap_credits + promotional_rebates"
                    + " + other END) FROM payment_transaction WHERE sku IS NOT NULL");
            assertTrue(expected.signum() > 0, "the report has fees");
            assertEquals(expected.setScale(2, RoundingMode.UNNECESSARY), costs.setScale(2, RoundingMode.UNNECESSARY));
        }
    }

    private static void execute(Warehouse warehouse, String sql) throws SQLException {
        try (Statement statement = warehouse.connection().createStatement()) {
            statement.execute(sql);
        }
    }

    private static BigDecimal single(Warehouse warehouse, String sql) throws SQLException {
        try (Statement statement = warehouse.connection().createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getBigDecimal(1);
        }
    }
}
