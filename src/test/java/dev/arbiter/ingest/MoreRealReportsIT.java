package dev.arbiter.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.arbiter.model.Marketplace;
import dev.arbiter.warehouse.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real downloads in ../shared/data of the report kinds and layouts issue 3 added load whole, no row held back. */
class MoreRealReportsIT {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "amazon-seller-us-2019/ads/export-2019-12-24_daily/Dec daily Targeting report.xlsx|SP_TARGETING|7642",
                "amazon-seller-us-2019/ads/export-2019-11-16_daily/Sponsored Products Purchased product report.xlsx|SP_PURCHASED_PRODUCT|30",
                "amazon-seller-us-2019/ads/summary-format_start-end-date/Sponsored Products Targeting report.xlsx|SP_TARGETING|900",
                "amazon-seller-us-2019/ads/export-2019-12-24_daily/Dec daily Campaign report.csv|SP_CAMPAIGN|298",
                "amazon-seller-us-2019/ads/export-2019-11-16_daily/Sponsored Products Placement report.xlsx|SP_PLACEMENT|1699",
                "amazon-seller-us-2019/seller-central/business-reports/ALL ORDERS 201810-NOW.csv|BUSINESS_REPORT_BY_DATE|442",
                "amazon-seller-us-2019/seller-central/all-orders/1.16-2.2.txt|ALL_ORDERS|53",
                "amazon-seller-us-2019/fba/customer-returns_2018-10_2019-12_17894381263018234.csv|FBA_CUSTOMER_RETURNS|87",
                "amazon-seller-us-2019/fba/12.20 restock inventory.csv|FBA_RESTOCK|43"
            })
    void a_real_report_of_each_new_kind_loads_every_row(String path, ReportKind kind, long rows) {
        Path file = RealReportsIT.DATA.resolve(path);
        assumeTrue(Files.isRegularFile(file), "skipped: the real Amazon download " + path + " is absent");

        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary = new Ingestor(warehouse.connection(), IngestorTest.TODAY, Marketplace.US).ingest(file);

            assertEquals(Optional.of(kind), summary.kind(), () -> summary.errors().toString());
            assertEquals(0, summary.quarantined(), () -> summary.errors().toString());
            assertEquals(rows, summary.loaded());
        }
    }
}
