package dev.arbiter.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the demo's XLSX files back with POI and checks them against formats doc A1.1, A1.3, B2 and B6. */
class DemoWorkbooksTest {
    // Copied from AMAZON_FORMATS.md A1.1 (daily, US 2019): note the trailing spaces.
    static final List<String> SEARCH_TERM_HEADER = List.of("Date", "Portfolio name", "Currency", "Campaign Name",
            "Ad Group Name", "Targeting", "Match Type", "Customer Search Term", "Impressions", "Clicks",
            "Click-Thru Rate (CTR)", "Cost Per Click (CPC)", "Spend", "7 Day Total Sales ",
            "Total Advertising Cost of Sales (ACoS) ", "Total Return on Advertising Spend (RoAS)",
            "7 Day Total Orders (#)", "7 Day Total Units (#)", "7 Day Conversion Rate", "7 Day Advertised SKU Units (#)",
            "7 Day Other SKU Units (#)", "7 Day Advertised SKU Sales ", "7 Day Other SKU Sales ");
    // A1.3
    static final List<String> ADVERTISED_PRODUCT_HEADER = List.of("Date", "Portfolio name", "Currency",
            "Campaign Name", "Ad Group Name", "Advertised SKU", "Advertised ASIN", "Impressions", "Clicks",
            "Click-Thru Rate (CTR)", "Cost Per Click (CPC)", "Spend", "7 Day Total Sales ",
            "Total Advertising Cost of Sales (ACoS) ", "Total Return on Advertising Spend (RoAS)",
            "7 Day Total Orders (#)", "7 Day Total Units (#)", "7 Day Conversion Rate", "7 Day Advertised SKU Units (#)",
            "7 Day Other SKU Units (#)", "7 Day Advertised SKU Sales ", "7 Day Other SKU Sales ");
    // B2, downloaded "Sponsored Products Campaigns" tab
    static final List<String> BULK_HEADER = List.of("Product", "Entity", "Operation", "Campaign ID", "Ad Group ID",
            "Portfolio ID", "Ad ID", "Keyword ID", "Product Targeting ID", "Campaign Name", "Ad Group Name",
            "Campaign Name (Informational only)", "Ad Group Name (Informational only)",
            "Portfolio Name (Informational only)", "Start Date", "End Date", "Targeting Type", "State",
            "Campaign State (Informational only)", "Ad Group State (Informational only)", "Daily Budget", "SKU",
            "ASIN (Informational only)", "Eligibility Status (Informational only)",
            "Reason for Ineligibility (Informational only)", "Ad Group Default Bid",
            "Ad Group Default Bid (Informational only)", "Bid", "Keyword Text", "Native Language Keyword",
            "Native Language Locale", "Match Type", "Bidding Strategy", "Placement", "Percentage",
            "Product Targeting Expression", "Resolved Product Targeting Expression (Informational only)", "Impressions",
            "Clicks", "Click-through Rate", "Spend", "Sales", "Orders", "Units", "Conversion Rate", "ACOS", "CPC", "ROAS");
    // B6
    static final List<String> PORTFOLIO_HEADER = List.of("Product", "Entity", "Operation", "Portfolio ID",
            "Portfolio Name", "Budget Amount", "Budget Currency", "Budget Policy", "Budget Start Date", "Budget End Date",
            "State (Informational only)", "In Budget (Informational only)");

    @TempDir
    static Path workspace;

    static Path inbox;
    static final Map<String, Workbook> opened = new HashMap<>();

    @BeforeAll
    static void writeTheBrand() {
        DemoBrandFilesTest.aSmallBrand(workspace, 11);
        inbox = workspace.resolve("inbox");
    }

    @AfterAll
    static void closeTheWorkbooks() throws IOException {
        for (Workbook workbook : opened.values()) {
            workbook.close();
        }
    }

    @Test
    void the_search_term_report_has_the_us_2019_daily_header_on_its_truncated_sheet() throws IOException {
        Workbook workbook = open("Sponsored Products Search term report.xlsx");
        assertEquals(1, workbook.getNumberOfSheets());
        Sheet sheet = workbook.getSheet("Sponsored Product Search Term R");
        assertEquals(SEARCH_TERM_HEADER, header(sheet));
        assertTrue(sheet.getLastRowNum() > 100, "rows: " + sheet.getLastRowNum());
    }

    @Test
    void the_advertised_product_report_has_the_22_columns() throws IOException {
        Workbook workbook = open("Sponsored Products Advertised product report.xlsx");
        assertEquals(ADVERTISED_PRODUCT_HEADER, header(workbook.getSheetAt(0)));
    }

    @Test
    void console_cells_are_typed_dates_money_and_fractions_with_empty_ratios_when_nothing_was_clicked()
            throws IOException {
        Workbook workbook = open("Sponsored Products Search term report.xlsx");
        Sheet sheet = workbook.getSheetAt(0);
        Row first = sheet.getRow(1);
        assertTrue(DateUtil.isCellDateFormatted(first.getCell(0)));
        assertEquals("MMM dd, yyyy", first.getCell(0).getCellStyle().getDataFormatString());
        assertEquals("0.0000%", first.getCell(10).getCellStyle().getDataFormatString());
        assertTrue(first.getCell(12).getCellStyle().getDataFormatString().contains("$"));
        int unclicked = 0;
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            assertTrue(row.getCell(8).getNumericCellValue() > 0, "only rows with impressions");
            if (row.getCell(9).getNumericCellValue() == 0) {
                unclicked++;
                assertNull(row.getCell(11), "CPC is empty without clicks");
                assertNull(row.getCell(18), "conversion rate is empty without clicks");
                assertEquals(0.0, row.getCell(12).getNumericCellValue());
            } else {
                double cpc = row.getCell(12).getNumericCellValue() / row.getCell(9).getNumericCellValue();
                assertEquals(cpc, row.getCell(11).getNumericCellValue(), 1e-9);
            }
        }
        assertTrue(unclicked > 0);
    }

    @Test
    void the_bulksheet_has_a_portfolios_tab_and_the_48_downloaded_campaign_columns() throws IOException {
        Workbook workbook = open(BulksheetFile.fileName(DemoBrandFilesTest.LAST_DAY));
        assertEquals(PORTFOLIO_HEADER, header(workbook.getSheet("Portfolios")));
        assertEquals(BULK_HEADER, header(workbook.getSheet("Sponsored Products Campaigns")));
        Set<String> portfolios = new HashSet<>();
        for (Row row : workbook.getSheet("Portfolios")) {
            portfolios.add(text(row, 4));
        }
        assertTrue(portfolios.containsAll(List.of("Brand Defense", "Growth")), portfolios.toString());
        Set<String> entities = new HashSet<>();
        for (Row row : workbook.getSheet("Sponsored Products Campaigns")) {
            if (row.getRowNum() > 0) {
                entities.add(text(row, 1));
                assertNull(row.getCell(2), "downloads leave Operation empty");
                assertTrue(Set.of("enabled", "paused").contains(text(row, 17)), text(row, 17));
            }
        }
        assertEquals(Set.of("Campaign", "Ad Group", "Product Ad", "Keyword", "Product Targeting"), entities);
    }

    @Test
    void bulksheet_ids_are_15_digit_text_and_join_every_report_row_to_one_target() throws IOException {
        Map<String, String> targetIds = new HashMap<>();
        Workbook bulksheet = open(BulksheetFile.fileName(DemoBrandFilesTest.LAST_DAY));
        for (Row row : bulksheet.getSheet("Sponsored Products Campaigns")) {
            String entity = text(row, 1);
            if (!entity.equals("Keyword") && !entity.equals("Product Targeting")) {
                continue;
            }
            for (int column : new int[] {3, 4}) {
                assertEquals(CellType.STRING, row.getCell(column).getCellType());
                assertTrue(text(row, column).matches("\\d{15}"), text(row, column));
            }
            String id = entity.equals("Keyword") ? text(row, 7) : text(row, 8);
            assertTrue(id.matches("\\d{15}"), id);
            String targeting = entity.equals("Keyword") ? text(row, 28) : text(row, 35);
            String matchType = entity.equals("Keyword") ? text(row, 31).toUpperCase(java.util.Locale.ROOT) : "-";
            String key = String.join("|", text(row, 11), text(row, 12), targeting, matchType);
            assertNull(targetIds.put(key, id), "one target per name: " + key);
        }
        List<String> missing = new ArrayList<>();
        Workbook searchTerms = open("Sponsored Products Search term report.xlsx");
        for (Row row : searchTerms.getSheetAt(0)) {
            String key = String.join("|", text(row, 3), text(row, 4), text(row, 5), text(row, 6));
            if (row.getRowNum() > 0 && !targetIds.containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(List.of(), missing);
        assertFalse(targetIds.isEmpty());
    }

    @Test
    void branded_keywords_live_in_the_brand_defense_portfolio() throws IOException {
        Workbook workbook = open(BulksheetFile.fileName(DemoBrandFilesTest.LAST_DAY));
        int branded = 0;
        for (Row row : workbook.getSheet("Sponsored Products Campaigns")) {
            if (text(row, 1).equals("Keyword") && text(row, 28).startsWith("hearthwell ")) {
                branded++;
                assertEquals("Brand Defense", text(row, 13));
            }
        }
        assertTrue(branded > 0);
    }

    @Test
    void each_advertised_product_row_adds_up_its_search_terms() throws IOException {
        Map<String, double[]> fromSearchTerms = new HashMap<>();
        for (Row row : open("Sponsored Products Search term report.xlsx").getSheetAt(0)) {
            if (row.getRowNum() > 0) {
                double[] sums = fromSearchTerms.computeIfAbsent(key(row), k -> new double[3]);
                sums[0] += row.getCell(8).getNumericCellValue();
                sums[1] += row.getCell(12).getNumericCellValue();
                sums[2] += row.getCell(17).getNumericCellValue();
            }
        }
        int rows = 0;
        for (Row row : open("Sponsored Products Advertised product report.xlsx").getSheetAt(0)) {
            if (row.getRowNum() > 0) {
                rows++;
                double[] sums = fromSearchTerms.remove(key(row));
                assertEquals(sums[0], row.getCell(7).getNumericCellValue(), key(row));
                assertEquals(sums[1], row.getCell(11).getNumericCellValue(), 1e-6, key(row));
                assertEquals(sums[2], row.getCell(16).getNumericCellValue(), key(row));
            }
        }
        assertTrue(rows > 0);
        assertEquals(Map.of(), fromSearchTerms);
    }

    private static String key(Row row) {
        return row.getCell(0).getLocalDateTimeCellValue().toLocalDate() + "|" + text(row, 3) + "|" + text(row, 4);
    }

    /** Parses each workbook once per class; tests only read it, so closing it is left to the end. */
    static Workbook open(String name) throws IOException {
        Workbook workbook = opened.get(name);
        if (workbook == null) {
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(inbox.resolve(name))) {
                workbook = new XSSFWorkbook(in);
            }
            opened.put(name, workbook);
        }
        return workbook;
    }

    static List<String> header(Sheet sheet) {
        List<String> names = new ArrayList<>();
        for (Cell cell : sheet.getRow(0)) {
            names.add(cell.getStringCellValue());
        }
        return names;
    }

    static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }
}
