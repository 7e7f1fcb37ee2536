package dev.arbiter.demo;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a Sponsored Products bulksheet 2.0 download (formats doc B): a {@code Portfolios} tab (B6) and a
 * {@code Sponsored Products Campaigns} tab with the 48 downloaded columns (B2), one row per campaign, ad group,
 * product ad, keyword and product target, ids as text cells, performance over the last 30 days.
 */
final class BulksheetFile {
    static final List<String> PORTFOLIO_HEADER = List.of(
            "Product", "Entity", "Operation", "Portfolio ID", "Portfolio Name", "Budget Amount", "Budget Currency",
            "Budget Policy", "Budget Start Date", "Budget End Date", "State (Informational only)",
            "In Budget (Informational only)");
    static final List<String> CAMPAIGN_HEADER = List.of(
            "Product", "Entity", "Operation", "Campaign ID", "Ad Group ID", "Portfolio ID", "Ad ID", "Keyword ID",
            "Product Targeting ID", "Campaign Name", "Ad Group Name", "Campaign Name (Informational only)",
            "Ad Group Name (Informational only)", "Portfolio Name (Informational only)", "Start Date", "End Date",
            "Targeting Type", "State", "Campaign State (Informational only)", "Ad Group State (Informational only)",
            "Daily Budget", "SKU", "ASIN (Informational only)", "Eligibility Status (Informational only)",
            "Reason for Ineligibility (Informational only)", "Ad Group Default Bid",
            "Ad Group Default Bid (Informational only)", "Bid", "Keyword Text", "Native Language Keyword",
            "Native Language Locale", "Match Type", "Bidding Strategy", "Placement", "Percentage",
            "Product Targeting Expression", "Resolved Product Targeting Expression (Informational only)",
            "Impressions", "Clicks", "Click-through Rate", "Spend", "Sales", "Orders", "Units", "Conversion Rate",
            "ACOS", "CPC", "ROAS");
    static final String CAMPAIGNS_SHEET = "Sponsored Products Campaigns";
    static final String PORTFOLIOS_SHEET = "Portfolios";
    private static final DateTimeFormatter BULK_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private BulksheetFile() {}

    /** As Amazon names downloads: {@code bulksheet-<epoch millis>.xlsx}, taken at noon UTC of the last day. */
    static String fileName(LocalDate lastDay) {
        return "bulksheet-" + lastDay.atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli() + ".xlsx";
    }

    /** Writes the file and returns the number of entity rows on the campaigns tab. */
    static int write(Path inbox, Account account, List<Product> products, PerformanceWindow window,
            LocalDate firstReportDay, LocalDate lastDay) {
        Path file = inbox.resolve(fileName(lastDay));
        SXSSFWorkbook workbook = new ConsoleWorkbook.FastZipWorkbook();
        try (OutputStream out = Files.newOutputStream(file)) {
            Date created = Date.from(lastDay.atTime(12, 0).toInstant(ZoneOffset.UTC));
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(created));
            Sheet portfolios = workbook.createSheet(PORTFOLIOS_SHEET);
            header(portfolios, PORTFOLIO_HEADER);
            String budgetStart = firstReportDay.withDayOfMonth(1).format(BULK_DATE);
            for (Account.Portfolio portfolio : account.portfolios()) {
                Row row = portfolios.createRow(portfolio.index() + 1);
                Object[] cells = {"Portfolios", "Portfolio", "", portfolio.id(), portfolio.name(),
                    BigDecimal.valueOf(portfolio.monthlyBudgetCents(), 2), "USD", "monthlyRecurring", budgetStart, "",
                    "enabled", "true"};
                for (int i = 0; i < cells.length; i++) {
                    BulkRow.put(row, i, cells[i]);
                }
            }
            Sheet campaigns = workbook.createSheet(CAMPAIGNS_SHEET);
            header(campaigns, CAMPAIGN_HEADER);
            int rows = new BulkRows(account, products, window, firstReportDay, campaigns).writeAll();
            workbook.write(out);
            return rows;
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "could not write " + file + ": " + e.getMessage(), e);
        } finally {
            workbook.dispose();
        }
    }

    private static void header(Sheet sheet, List<String> header) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            row.createCell(i).setCellValue(header.get(i));
        }
    }
}
