package dev.arbiter.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.model.Marketplace;
import dev.arbiter.warehouse.Warehouse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One search term report per marketplace, as its console writes numbers, money and its currency. */
class MarketplacesTest {
    private static final String HEADER = "Date,Portfolio name,Currency,Campaign Name,Ad Group Name,Targeting,Match Type,"
            + "Customer Search Term,Impressions,Clicks,Spend,7 Day Total Sales ,7 Day Total Orders (#),"
            + "7 Day Total Units (#)\n";

    @TempDir
    Path folder;

    static Stream<Arguments> marketplaces() {
        return Stream.of(
                Arguments.of(Marketplace.US, "USD", "\"1,412\"", "$6.39", "\"$1,025.98\"", "1025.98"),
                Arguments.of(Marketplace.CA, "CAD", "\"1,412\"", "$6.39", "\"$1,025.98\"", "1025.98"),
                Arguments.of(Marketplace.MX, "MXN", "\"1,412\"", "$63.90", "\"$1,025.98\"", "1025.98"),
                Arguments.of(Marketplace.UK, "GBP", "\"1,412\"", "£6.39", "\"£1,025.98\"", "1025.98"),
                Arguments.of(Marketplace.DE, "EUR", "1.412", "\"6,39 €\"", "\"1.025,98 €\"", "1025.98"),
                Arguments.of(Marketplace.FR, "EUR", "1\u202f412", "\"6,39 €\"", "\"1\u202f025,98 €\"", "1025.98"),
                Arguments.of(Marketplace.IT, "EUR", "1.412", "\"6,39 €\"", "\"1.025,98 €\"", "1025.98"),
                Arguments.of(Marketplace.ES, "EUR", "1.412", "\"6,39 €\"", "\"1.025,98 €\"", "1025.98"),
                Arguments.of(Marketplace.JP, "JPY", "\"1,412\"", "¥639", "\"¥102,598\"", "102598"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("marketplaces")
    void a_report_from_each_marketplace_is_read_with_its_own_separators_and_currency(
            Marketplace marketplace, String currency, String impressions, String spend, String sales, String salesValue)
            throws IOException {
        String row = String.join(",", "\"Mar 03, 2026\"", "Not grouped", currency, "Exact", "AG", "garlic press", "EXACT",
                "garlic", impressions, "9", spend, sales, "1", "2") + "\n";
        Path file = Files.writeString(folder.resolve("search-term-" + marketplace + ".csv"), HEADER + row,
                StandardCharsets.UTF_8);

        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary = new Ingestor(warehouse.connection(), IngestorTest.TODAY, marketplace).ingest(file);

            assertEquals(List.of(), summary.errors());
            assertEquals(Optional.of(marketplace), summary.marketplace());
            assertEquals(Optional.of(currency), summary.totals().currency());
            assertEquals(0, new BigDecimal("1412").compareTo(summary.totals().measures().get("impressions")));
            assertEquals(0, new BigDecimal(salesValue).compareTo(summary.totals().measures().get("sales")));
        }
    }
}
