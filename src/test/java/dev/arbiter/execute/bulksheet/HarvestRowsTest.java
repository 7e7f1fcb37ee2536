package dev.arbiter.execute.bulksheet;

import static dev.arbiter.execute.AdActions.aHarvestIntoANewCampaign;
import static dev.arbiter.execute.AdActions.aHarvestIntoTheExactAdGroup;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.execute.CsvLine;
import dev.arbiter.model.Action;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarvestRowsTest {
    @TempDir
    Path out;

    @Test
    void a_harvest_into_an_existing_exact_ad_group_creates_the_keyword_and_the_negative_where_the_term_came_from() {
        assertEquals(List.of(
                "Sponsored Products,Keyword,Create,123456789012345,234567890123456,,,,,,,,,,enabled,,,,,0.77,"
                        + "garlic press steel,exact,,,,",
                "Sponsored Products,Negative keyword,Create,123456789012399,234567890123499,,,,,,,,,,enabled,,,,,,"
                        + "garlic press steel,negativeExact,,,,"),
                csv(List.of(aHarvestIntoTheExactAdGroup())));
    }

    @Test
    void two_harvests_into_one_new_campaign_create_the_campaign_ad_group_and_product_ad_once_parents_first() {
        assertEquals(List.of(
                "Sponsored Products,Campaign,Create,harvest-GP-02,,,,,,GP-02 - Harvest - Exact,,20261124,,Manual,"
                        + "enabled,10.00,,,,,,,Dynamic bids - down only,,,",
                "Sponsored Products,Ad group,Create,harvest-GP-02,harvest-GP-02-exact,,,,,,Harvest Exact,,,,enabled,,,,"
                        + "0.45,,,,,,,",
                "Sponsored Products,Product ad,Create,harvest-GP-02,harvest-GP-02-exact,,,,,,,,,,enabled,,GP-02,,,,,,,,,",
                "Sponsored Products,Keyword,Create,harvest-GP-02,harvest-GP-02-exact,,,,,,,,,,enabled,,,,,0.64,"
                        + "garlic mincer,exact,,,,",
                "Sponsored Products,Negative keyword,Create,123456789012399,234567890123499,,,,,,,,,,enabled,,,,,,"
                        + "garlic mincer,negativeExact,,,,",
                "Sponsored Products,Keyword,Create,harvest-GP-02,harvest-GP-02-exact,,,,,,,,,,enabled,,,,,0.64,"
                        + "garlic slicer,exact,,,,",
                "Sponsored Products,Negative keyword,Create,123456789012399,234567890123499,,,,,,,,,,enabled,,,,,,"
                        + "garlic slicer,negativeExact,,,,"),
                csv(List.of(aHarvestIntoANewCampaign("garlic mincer"), aHarvestIntoANewCampaign("garlic slicer"))));
    }

    @Test
    void the_create_rows_read_back_from_the_xlsx_our_writer_wrote() {
        List<Action> harvests = List.of(aHarvestIntoTheExactAdGroup(), aHarvestIntoANewCampaign("garlic mincer"),
                aHarvestIntoANewCampaign("garlic slicer"));
        BulksheetFiles files = new BulksheetWriter().write(harvests, out, LocalDate.of(2026, 11, 23));

        assertEquals(BulksheetRows.of(harvests), new BulksheetReader().read(files.xlsx()));
        assertEquals(BulksheetRows.of(harvests), new BulksheetReader().read(files.csv()));
    }

    private static List<String> csv(List<Action> actions) {
        return BulksheetRows.of(actions).stream().map(row -> new CsvLine(row.cells()).render()).toList();
    }
}
