package dev.arbiter.execute.bulksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BulksheetColumnTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Campaign ID|CAMPAIGN_ID",
        "Campaign Id|CAMPAIGN_ID",
        "'  ad  group id '|AD_GROUP_ID",
        "Ad ID (Read only)|AD_ID",
        "Keyword ID (Read only)|KEYWORD_ID",
        "Product Targeting ID (Read only)|PRODUCT_TARGETING_ID",
        "\uFEFFProduct|PRODUCT",
        "sku|SKU",
    })
    void headers_are_matched_the_way_amazon_spells_them(String header, BulksheetColumn expected) {
        assertEquals(Optional.of(expected), BulksheetColumn.byHeader(header));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Campaign Name (Informational only)", "ASIN (Informational only)", "Spend"})
    void informational_and_performance_columns_are_not_template_columns(String header) {
        assertEquals(Optional.empty(), BulksheetColumn.byHeader(header));
    }
}
