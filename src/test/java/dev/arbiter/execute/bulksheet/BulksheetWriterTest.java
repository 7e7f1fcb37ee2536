package dev.arbiter.execute.bulksheet;

import static dev.arbiter.execute.AdActions.aBudgetRaiseInAPortfolio;
import static dev.arbiter.execute.AdActions.aKeywordBidCut;
import static dev.arbiter.execute.AdActions.aNegative;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulksheetWriterTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path out;

    @Test
    void the_files_are_named_after_the_day_and_count_the_change_rows() {
        BulksheetFiles files = new BulksheetWriter().write(List.of(aKeywordBidCut(), aBudgetRaiseInAPortfolio()), out, DAY);

        assertEquals(out.resolve("bulksheet-2026-11-23.csv"), files.csv());
        assertEquals(out.resolve("bulksheet-2026-11-23.xlsx"), files.xlsx());
        assertEquals(2, files.rows());
    }

    @Test
    void the_csv_holds_the_header_and_one_line_per_change_quoting_text_with_commas() throws Exception {
        BulksheetFiles files = new BulksheetWriter().write(List.of(aNegative("garlic crusher, cheap")), out, DAY);

        assertEquals(List.of(
                        String.join(",", BulksheetRow.headers()),
                        "Sponsored Products,Negative keyword,Create,123456789012345,234567890123456,,,,,,,,,,enabled,"
                                + ",,,,,\"garlic crusher, cheap\",negativeExact,,,,"),
                Files.readAllLines(files.csv(), StandardCharsets.UTF_8));
    }

    @Test
    void the_workbook_has_the_campaigns_sheet_with_ids_as_text_and_bids_as_numbers() throws Exception {
        BulksheetFiles files = new BulksheetWriter().write(List.of(aKeywordBidCut(), aBudgetRaiseInAPortfolio()), out, DAY);

        try (InputStream in = Files.newInputStream(files.xlsx()); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet("Sponsored Products Campaigns");
            assertEquals("Product Targeting Expression", sheet.getRow(0).getCell(25).getStringCellValue());
            Row keyword = sheet.getRow(1);
            assertText("123456789012345", keyword.getCell(BulksheetColumn.CAMPAIGN_ID.ordinal()));
            assertText("234567890123456", keyword.getCell(BulksheetColumn.AD_GROUP_ID.ordinal()));
            assertText("345678901234567", keyword.getCell(BulksheetColumn.KEYWORD_ID.ordinal()));
            assertEquals(0.64, keyword.getCell(BulksheetColumn.BID.ordinal()).getNumericCellValue());
            Row campaign = sheet.getRow(2);
            assertText("456789012345678", campaign.getCell(BulksheetColumn.PORTFOLIO_ID.ordinal()));
            assertText("20261231", campaign.getCell(BulksheetColumn.END_DATE.ordinal()));
            assertEquals(35.0, campaign.getCell(BulksheetColumn.DAILY_BUDGET.ordinal()).getNumericCellValue());
            assertEquals(2, sheet.getLastRowNum());
        }
    }

    @Test
    void writing_the_same_day_again_replaces_the_earlier_files() throws Exception {
        new BulksheetWriter().write(List.of(aKeywordBidCut(), aBudgetRaiseInAPortfolio()), out, DAY);

        BulksheetFiles again = new BulksheetWriter().write(List.of(aKeywordBidCut()), out, DAY);

        assertEquals(2, Files.readAllLines(again.csv(), StandardCharsets.UTF_8).size());
        try (var listing = Files.list(out)) {
            assertEquals(2, listing.count(), "no temporary files are left behind");
        }
    }

    @Test
    void a_day_without_ad_actions_gives_a_header_only_sheet_and_zero_rows() throws Exception {
        BulksheetFiles files = new BulksheetWriter().write(List.of(), out, DAY);

        assertEquals(0, files.rows());
        assertEquals(List.of(String.join(",", BulksheetRow.headers())), Files.readAllLines(files.csv(), StandardCharsets.UTF_8));
    }

    private static void assertText(String expected, Cell cell) {
        assertEquals(CellType.STRING, cell.getCellType());
        assertEquals(expected, cell.getStringCellValue());
        assertEquals("@", cell.getCellStyle().getDataFormatString());
    }
}
