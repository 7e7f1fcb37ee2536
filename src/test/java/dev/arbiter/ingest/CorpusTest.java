package dev.arbiter.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.model.Marketplace;
import dev.arbiter.model.Problem;
import dev.arbiter.warehouse.Warehouse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus ({@code corpus/} under the test resources): for each malformed file, the exact messages a user
 * reads and what the warehouse holds afterwards: nothing when the file is refused, exactly its good rows otherwise.
 */
class CorpusTest {
    private static final String FIX = "; fix the row or re-download the report";
    static final String KNOWN = "Arbiter reads: Sponsored Products search term report, Sponsored Products"
            + " advertised product report, Sponsored Display advertised product report, Sponsored Products targeting"
            + " report, Sponsored Products purchased product report, Sponsored Products campaign report, Sponsored Products placement report, Business "
            + "Report (Detail"
            + " Page Sales and Traffic By Child Item), Business Report (Sales and Traffic by Date), FBA Restock Inventory report, FBA Inventory (planning) report, FBA Manage Inventory "
            + "report, FBA"
            + " Fee Preview report, All Orders report, V2 settlement report, Date Range transaction report (Custom Transaction), FBA customer returns report, catalog file, reviews and ratings file, Sponsored Products bulksheet, Sponsored Brands campaign report, Sponsored Display campaign report; download one of these with its original"
            + " header";

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of(
                        "01-empty.csv",
                        "refused",
                        "01-empty.csv: the file is empty; download the report again"),
                Arguments.of(
                        "02-blank-lines.csv",
                        "refused",
                        "02-blank-lines.csv: the file is empty; download the report again"),
                Arguments.of(
                        "03-header-only.csv",
                        "refused",
                        "03-header-only.csv: the Sponsored Products search term report has a header but no rows; "
                                + "download it again for a period with activity"),
                Arguments.of(
                        "04-truncated-mid-quote.csv",
                        "refused",
                        "04-truncated-mid-quote.csv:3: the file ends inside a quoted field, so it looks truncated; "
                                + "download the report again"),
                Arguments.of(
                        "05-truncated-mid-row.csv",
                        "loaded 2, quarantined 1",
                        "05-truncated-mid-row.csv:4:10: clicks is empty" + FIX + "\n"
                                + "05-truncated-mid-row.csv:4:11: spend is empty" + FIX + "\n"
                                + "05-truncated-mid-row.csv:4:12: sales is empty" + FIX + "\n"
                                + "05-truncated-mid-row.csv:4:13: orders is empty" + FIX + "\n"
                                + "05-truncated-mid-row.csv:4:14: units is empty" + FIX),
                Arguments.of(
                        "06-semicolon-delimited.csv",
                        "refused",
                        "06-semicolon-delimited.csv: the header does not match any report Arbiter reads (it starts with "
                                + "'Date;Portfolio name;Currency;Campaign Name;Ad Group Name;Targeting;Match Type;Customer Search "
                                + "Term;Impressions;Clicks;Spend;7 Day Total Sales ;7 Day Total Orders (#);7 Day Total Units "
                                + "(#)'); " + KNOWN),
                Arguments.of(
                        "07-duplicated-column.csv",
                        "refused",
                        "07-duplicated-column.csv: the column 'Clicks' appears twice in the header; remove the copy, or "
                                + "download the report again"),
                Arguments.of(
                        "08-missing-column.csv",
                        "refused",
                        "08-missing-column.csv: looks like a Sponsored Products search term report but is missing the "
                                + "column 'Spend'; download the report again with all its columns"),
                Arguments.of(
                        "09-missing-two-columns.csv",
                        "refused",
                        "09-missing-two-columns.csv: looks like a Sponsored Products search term report but is missing "
                                + "the columns 'Clicks', 'Spend'; download the report again with all its columns"),
                Arguments.of(
                        "10-extra-columns.csv",
                        "loaded 2, quarantined 0",
                        ""),
                Arguments.of(
                        "11-unbalanced-quote.csv",
                        "loaded 1, quarantined 1",
                        "11-unbalanced-quote.csv:3:9: impressions is not a number (value '2026\"')" + FIX + "\n"
                                + "11-unbalanced-quote.csv:3:10: clicks is not a number (value 'Not grouped')" + FIX + "\n"
                                + "11-unbalanced-quote.csv:3:11: spend is not a number (value 'USD')" + FIX + "\n"
                                + "11-unbalanced-quote.csv:3:12: sales is not a number (value 'Exact')" + FIX + "\n"
                                + "11-unbalanced-quote.csv:3:13: orders is not a number (value 'AG')" + FIX + "\n"
                                + "11-unbalanced-quote.csv:3:14: units is not a number (value 'garlic press')" + FIX),
                Arguments.of(
                        "12-binary-garbage.csv",
                        "refused",
                        "12-binary-garbage.csv: the file is not a text report or an .xlsx workbook (it holds binary "
                                + "data); download the report again as CSV, TSV or XLSX"),
                Arguments.of(
                        "13-old-excel.xls",
                        "refused",
                        "13-old-excel.xls: this is an old Excel 97-2003 (.xls) workbook; open it in Excel and save it "
                                + "as .xlsx"),
                Arguments.of(
                        "14-impressions-too-large.csv",
                        "loaded 1, quarantined 1",
                        "14-impressions-too-large.csv:3:9: impressions is too large (value '99999999999999999999')" + FIX),
                Arguments.of(
                        "15-spend-too-large.csv",
                        "loaded 1, quarantined 1",
                        "15-spend-too-large.csv:3:11: spend is too large (value '$99999999999999.99')" + FIX),
                Arguments.of(
                        "16-negative-spend.csv",
                        "loaded 1, quarantined 1",
                        "16-negative-spend.csv:3:11: spend cannot be negative (value '-$6.39')" + FIX),
                Arguments.of(
                        "17-future-date.csv",
                        "loaded 1, quarantined 1",
                        "17-future-date.csv:3:1: day is in the future (value 'Apr 01, 2026')" + FIX),
                Arguments.of(
                        "18-unknown-report.csv",
                        "refused",
                        "18-unknown-report.csv: the header does not match any report Arbiter reads (it starts with "
                                + "'order-id,sku,quantity'); " + KNOWN),
                Arguments.of(
                        "19-unknown-currency.csv",
                        "loaded 0, quarantined 2",
                        "19-unknown-currency.csv:2:3: currency BRL is not one of Arbiter's marketplaces (value"
                                + " 'BRL')" + FIX + "\n"
                                + "19-unknown-currency.csv:2:11: spend is not a number (value 'R$6.39')" + FIX + "\n"
                                + "19-unknown-currency.csv:2:12: sales is not a number (value 'R$25.98')" + FIX + "\n"
                                + "19-unknown-currency.csv:3:3: currency BRL is not one of Arbiter's marketplaces (value"
                                + " 'BRL')" + FIX + "\n"
                                + "19-unknown-currency.csv:3:11: spend is not a number (value 'R$1.10')" + FIX + "\n"
                                + "19-unknown-currency.csv:3:12: sales is not a number (value 'R$0.00')" + FIX),
                Arguments.of(
                        "20-mixed-currencies.csv",
                        "refused",
                        "20-mixed-currencies.csv:3:3: the file mixes currencies: earlier rows are in USD, this one in "
                                + "EUR (value 'EUR'); load one marketplace per file: split it by currency or download each "
                                + "marketplace's report"),
                Arguments.of(
                        "21-unparseable-date.csv",
                        "loaded 2, quarantined 1",
                        "21-unparseable-date.csv:3:1: day is not a date (value 'Mar 40, 2026')" + FIX),
                Arguments.of(
                        "22-text-in-clicks.csv",
                        "loaded 1, quarantined 1",
                        "22-text-in-clicks.csv:3:10: clicks is not a number (value 'many')" + FIX),
                Arguments.of(
                        "23-fractional-orders.csv",
                        "loaded 1, quarantined 1",
                        "23-fractional-orders.csv:3:13: orders is not a whole number (value '1.5')" + FIX),
                Arguments.of(
                        "24-blank-campaign.csv",
                        "loaded 1, quarantined 1",
                        "24-blank-campaign.csv:3:4: campaign name is empty" + FIX),
                Arguments.of(
                        "25-blank-impressions.csv",
                        "loaded 1, quarantined 1",
                        "25-blank-impressions.csv:3:9: impressions is empty" + FIX),
                Arguments.of(
                        "26-negative-impressions.csv",
                        "loaded 2, quarantined 1",
                        "26-negative-impressions.csv:4:9: impressions cannot be negative (value '-1')" + FIX),
                Arguments.of(
                        "27-BusinessReport-March.csv",
                        "refused",
                        "27-BusinessReport-March.csv: a Business Report (Detail Page Sales and Traffic By Child Item) "
                                + "has no date column, so its day must be in the file name; rename the file after the day it "
                                + "covers, e.g. BusinessReport-2026-03-01.csv"),
                Arguments.of(
                        "28-catalog-negative-cost.csv",
                        "loaded 1, quarantined 1",
                        "28-catalog-negative-cost.csv:3:5: unit cost cannot be negative (value '-1.00')" + FIX),
                Arguments.of(
                        "29-catalog-unknown-objective.csv",
                        "loaded 1, quarantined 1",
                        "29-catalog-unknown-objective.csv:3:9: objective must be one of launch, growth, defend, profit, "
                                + "clear_stock (value 'world domination')" + FIX),
                Arguments.of(
                        "30-nul-bytes.csv",
                        "refused",
                        "30-nul-bytes.csv: the file is not a text report or an .xlsx workbook (it holds binary data); "
                                + "download the report again as CSV, TSV or XLSX"),
                Arguments.of(
                        "31-delimiters-only.csv",
                        "refused",
                        "31-delimiters-only.csv: the header does not match any report Arbiter reads (it starts with "
                                + "',,'); " + KNOWN),
                Arguments.of(
                        "32-long-row.csv",
                        "loaded 2, quarantined 0",
                        ""),
                Arguments.of(
                        "33-header-only-tsv.txt",
                        "refused",
                        "33-header-only-tsv.txt: the FBA Inventory (planning) report has a header but no rows; download "
                                + "it again for a period with activity"),
                Arguments.of(
                        "34-inventory-bad-snapshot.txt",
                        "loaded 1, quarantined 1",
                        "34-inventory-bad-snapshot.txt:3:1: snapshot day is not a date (value 'yesterday')" + FIX),
                Arguments.of(
                        "35-fee-preview-text-fee.txt",
                        "loaded 1, quarantined 1",
                        "35-fee-preview-text-fee.txt:3:4: estimated fee total is not a number (value 'free')" + FIX),
                Arguments.of(
                        "36-truncated.csv.gz",
                        "refused",
                        "36-truncated.csv.gz: the gzip file is truncated or damaged; unpack it and ingest the report "
                                + "inside, or download it again"),
                Arguments.of(
                        "37-two-reports.zip",
                        "refused",
                        "37-two-reports.zip: the zip file holds 2 files; Arbiter reads one report per zip; unpack it "
                                + "and ingest the report inside, or download it again"),
                Arguments.of(
                        "38-broken-workbook.xlsx",
                        "refused",
                        "38-broken-workbook.xlsx: cannot read the workbook (NotOfficeXmlFileException: No valid entries "
                                + "or contents found, this is not a valid OOXML (Office Open XML) file); it looks damaged or "
                                + "truncated; download the report again as .xlsx"),
                Arguments.of(
                        "39-empty.zip",
                        "refused",
                        "39-empty.zip: the zip file holds no report; unpack it and ingest the report inside, or "
                                + "download it again")
        );
    }

    /**
     * @param file the corpus file
     * @param outcome {@code refused}, or {@code loaded N, quarantined M} for a file whose good rows load
     * @param messages every message the summary gives, one a line
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void a_malformed_file_says_exactly_what_is_wrong_and_keeps_only_its_good_rows(
            String file, String outcome, String messages) {
        try (Warehouse warehouse = Warehouse.inMemory()) {
            FileSummary summary = new Ingestor(warehouse.connection(), IngestorTest.TODAY, Marketplace.US)
                    .ingest(IngestorTest.fixture("corpus/" + file));

            assertEquals(messages, summary.errors().stream().map(Problem::render).collect(Collectors.joining("\n")));
            assertEquals(outcome, outcome(summary));
            assertEquals(outcome, stored(warehouse));
        }
    }

    private static String outcome(FileSummary summary) {
        return summary.rejected()
                ? "refused"
                : "loaded " + summary.loaded() + ", quarantined " + summary.quarantined();
    }

    /** What the warehouse holds, in the words of {@link #outcome}: rows of every report table, quarantined rows. */
    private static String stored(Warehouse warehouse) {
        try (Statement statement = warehouse.connection().createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'main' AND table_type = 'BASE TABLE' AND table_name NOT IN"
                    + " ('source_file', 'quarantine', 'warehouse_schema_history',"
                    + " 'settlement_fee_category')")) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            long rows = 0;
            for (String table : tables) {
                rows += count(statement, "SELECT count(*) FROM \"" + table + "\"");
            }
            long files = count(statement, "SELECT count(*) FROM source_file");
            long quarantined = count(statement, "SELECT count(DISTINCT line) FROM quarantine");
            return files == 0 && rows == 0 && quarantined == 0
                    ? "refused"
                    : "loaded " + rows + ", quarantined " + quarantined;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
