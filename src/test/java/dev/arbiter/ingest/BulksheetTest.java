package dev.arbiter.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.model.Marketplace;
import dev.arbiter.warehouse.Warehouse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulksheetTest {
    static final String[] CAMPAIGNS = {
        "Product", "Entity", "Operation", "Campaign ID", "Ad Group ID", "Portfolio ID", "Ad ID", "Keyword ID",
        "Product Targeting ID", "Campaign Name", "Ad Group Name", "Campaign Name (Informational only)",
        "Ad Group Name (Informational only)", "Portfolio Name (Informational only)", "Start Date", "End Date",
        "Targeting Type", "State", "Daily Budget", "SKU", "ASIN (Informational only)", "Ad Group Default Bid", "Bid",
        "Keyword Text", "Match Type", "Bidding Strategy", "Placement", "Percentage", "Product Targeting Expression"
    };

    @TempDir
    Path folder;

    @Test
    void a_bulksheet_loads_its_campaigns_and_portfolios_tabs_on_the_day_of_its_download_stamp() throws IOException {
        Path file = workbook(folder.resolve("us-a2u2p66daigzpx-bulksheet-1772841600000.xlsx"));

        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary =
                    new Ingestor(warehouse.connection(), IngestorTest.TODAY, Marketplace.US).ingest(file);

            assertEquals(Optional.of(ReportKind.SP_BULKSHEET), summary.kind());
            assertEquals(4, summary.loaded(), () -> summary.errors().toString());
            assertEquals(
                    "2026-03-07|Keyword|111|222|0.640000|garlic press|exact|enabled",
                    query(warehouse, "SELECT snapshot_day || '|' || entity || '|' || campaign_id || '|' || ad_group_id"
                            + " || '|' || bid || '|' || keyword_text || '|' || match_type || '|' || state"
                            + " FROM ad_entity WHERE entity = 'Keyword'"));
            assertEquals(
                    "2026-03-07|Garlic Press - Exact|25.000000|2026-01-10|Dynamic bids - down only",
                    query(warehouse, "SELECT snapshot_day || '|' || campaign_name || '|' || daily_budget || '|'"
                            + " || start_date || '|' || bidding_strategy FROM ad_entity WHERE entity = 'Campaign'"));
            assertEquals("35", query(warehouse, "SELECT percentage FROM ad_entity WHERE entity = 'Bidding Adjustment'"));
            assertEquals(
                    "456|Growth|40000.000000|monthlyRecurring|2026-04-01",
                    query(warehouse, "SELECT portfolio_id || '|' || portfolio_name || '|' || budget_amount || '|'"
                            + " || budget_policy || '|' || budget_start FROM ad_portfolio"));
        }
    }

    private static Path workbook(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            sheet(workbook.createSheet("Portfolios"), new String[][] {
                {
                    "Product", "Entity", "Operation", "Portfolio ID", "Portfolio Name", "Budget Amount", "Budget Currency",
                    "Budget Policy", "Budget Start Date", "Budget End Date", "State (Informational only)",
                    "In Budget (Informational only)"
                },
                {"Portfolios", "Portfolio", "", "456", "Growth", "40000", "", "monthlyRecurring", "20260401", "", "enabled",
                    "true"}
            });
            String[] campaign = new String[CAMPAIGNS.length];
            String[] keyword = new String[CAMPAIGNS.length];
            String[] adjustment = new String[CAMPAIGNS.length];
            fill(campaign, "Sponsored Products", "Campaign", "111", "", "456", "Garlic Press - Exact", "20260110", "Manual",
                    "enabled", "25", "", "", "Dynamic bids - down only", "", "");
            fill(keyword, "Sponsored Products", "Keyword", "111", "222", "", "", "", "", "enabled", "", "0.64",
                    "garlic press", "", "", "");
            fill(adjustment, "Sponsored Products", "Bidding Adjustment", "111", "", "", "", "", "", "", "", "", "",
                    "Dynamic bids - down only", "Placement Top", "35");
            keyword[24] = "exact";
            sheet(workbook.createSheet("Sponsored Products Campaigns"), new String[][] {CAMPAIGNS, campaign, keyword,
                adjustment});
            sheet(workbook.createSheet("Sponsored Brands Campaigns"), new String[][] {
                {"Product", "Entity", "Campaign ID", "Landing Page Url", "Brand Entity ID", "State"},
                {"Sponsored Brands", "Campaign", "999", "https://example.com", "ENTITY1", "enabled"}
            });
            workbook.write(out);
        }
        return file;
    }

    /** Fills the columns this test cares about, in {@link #CAMPAIGNS} order; the rest stay empty. */
    private static void fill(String[] row, String product, String entity, String campaignId, String adGroupId,
            String portfolioId, String campaignName, String startDate, String targetingType, String state,
            String dailyBudget, String bid, String keywordText, String biddingStrategy, String placement,
            String percentage) {
        java.util.Arrays.fill(row, "");
        row[0] = product;
        row[1] = entity;
        row[3] = campaignId;
        row[4] = adGroupId;
        row[5] = portfolioId;
        row[9] = campaignName;
        row[14] = startDate;
        row[16] = targetingType;
        row[17] = state;
        row[18] = dailyBudget;
        row[22] = bid;
        row[23] = keywordText;
        row[25] = biddingStrategy;
        row[26] = placement;
        row[27] = percentage;
    }

    private static void sheet(Sheet sheet, String[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                if (!rows[r][c].isEmpty()) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        }
    }

    private static String query(Warehouse warehouse, String sql) {
        try (Statement statement = warehouse.connection().createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
