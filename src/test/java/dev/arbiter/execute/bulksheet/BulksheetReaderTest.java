package dev.arbiter.execute.bulksheet;

import static dev.arbiter.execute.AdActions.aBudgetCutOutsideAnyPortfolio;
import static dev.arbiter.execute.AdActions.aBudgetRaiseInAPortfolio;
import static dev.arbiter.execute.AdActions.aKeywordBidCut;
import static dev.arbiter.execute.AdActions.aNegative;
import static dev.arbiter.execute.AdActions.aPauseOfTwoAds;
import static dev.arbiter.execute.AdActions.aProductTargetBidRaise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.arbiter.model.Action;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulksheetReaderTest {
    private static final List<Action> EVERY_AD_ACTION = List.of(aKeywordBidCut(), aProductTargetBidRaise(),
            aPauseOfTwoAds(), aNegative("garlic, press \"pro\""), aBudgetRaiseInAPortfolio(), aBudgetCutOutsideAnyPortfolio());

    @TempDir
    Path out;

    @Test
    void the_xlsx_our_writer_wrote_reads_back_to_the_rows_of_the_same_actions() {
        BulksheetFiles files = new BulksheetWriter().write(EVERY_AD_ACTION, out, LocalDate.of(2026, 11, 23));

        List<BulksheetRow> read = new BulksheetReader().read(files.xlsx());

        assertEquals(BulksheetRows.of(EVERY_AD_ACTION), read);
        assertEquals(7, read.size());
    }

    @Test
    void the_csv_our_writer_wrote_reads_back_to_the_rows_of_the_same_actions() {
        BulksheetFiles files = new BulksheetWriter().write(EVERY_AD_ACTION, out, LocalDate.of(2026, 11, 23));

        assertEquals(BulksheetRows.of(EVERY_AD_ACTION), new BulksheetReader().read(files.csv()));
    }

    @Test
    void an_unknown_entity_is_reported_with_its_line_and_column() throws Exception {
        Path file = out.resolve("bulksheet.csv");
        Files.writeString(file, "Product,Entity,Operation,Campaign ID\n"
                + "Sponsored Products,Keyword,Update,1\nSponsored Products,Keywrd,Update,2\n");

        ArbiterException e = assertThrows(ArbiterException.class, () -> new BulksheetReader().read(file));

        assertEquals(List.of(file + ":3:2: unknown entity (value 'Keywrd'); use an entity of the Sponsored Products"
                + " template, e.g. Keyword or Campaign"), e.problems().stream().map(Problem::render).toList());
    }

    @Test
    void a_sheet_without_the_operation_column_is_refused() throws Exception {
        Path file = out.resolve("bulksheet.csv");
        Files.writeString(file, "Product,Entity\nSponsored Products,Keyword\n");

        ArbiterException e = assertThrows(ArbiterException.class, () -> new BulksheetReader().read(file));

        assertEquals(List.of(file + ":1: no column 'Operation'; every Sponsored Products bulksheet has Product, Entity"
                + " and Operation columns"), e.problems().stream().map(Problem::render).toList());
    }
}
