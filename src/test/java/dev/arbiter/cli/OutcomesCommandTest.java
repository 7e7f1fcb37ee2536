package dev.arbiter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.govern.Classification;
import dev.arbiter.govern.Verdict;
import dev.arbiter.govern.jdbc.JdbcLedger;
import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.BidChange;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.Money;
import dev.arbiter.model.Rationale;
import dev.arbiter.model.Sku;
import dev.arbiter.model.TargetRef;
import dev.arbiter.warehouse.Warehouse;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace whose reports run to 13 March, with the bid of keyword 1001 cut and executed on 10 March. Before (7–9
 * March) it spends 10.00 and gets 20 clicks a day; after (11–13 March) 7.00 and 14 clicks. Keywords 1002 and 1003 of
 * the same SKU, untouched, spend 10.00 and 12.00 with 20 clicks every day. With 3 days each side, spend gaps are
 * 10 − 11 = −1 before and 7 − 11 = −4 after: −3.00 a day; click gaps 0 then −6: −6 a day.
 */
class OutcomesCommandTest {
    @TempDir
    Path workspace;

    @BeforeEach
    void aWorkspaceWithAnExecutedBidCutAndDaysAfterIt() throws SQLException {
        try (Warehouse warehouse = Warehouse.open(workspace.resolve("arbiter.duckdb"))) {
            Connection connection = warehouse.connection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO source_file VALUES (1, 'catalog.csv', 'sha-catalog', 'catalog', 'US',"
                        + " 'USD', NULL, NULL, 1, 0, 0, TIMESTAMP '2026-03-14 08:00:00')");
                statement.execute("INSERT INTO catalog_item (sku, asin, title, category, unit_cost, currency,"
                        + " lead_time_days, supplier, objective, file_id) VALUES ('GP-01', 'B0CHILD001', 'Garlic press', 'Kitchen',"
                        + " 4.00, 'USD', 30, 'Acme Tools', 'profit', 1)");
                for (String keyword : List.of("1001", "1002", "1003")) {
                    statement.execute("INSERT INTO ad_entity (snapshot_day, entity, campaign_id, ad_group_id, keyword_id,"
                            + " state, bid, keyword_text, match_type, currency, file_id) VALUES (DATE '2026-03-13',"
                            + " 'Keyword', '1', '11', '" + keyword + "', 'enabled', 1.00, 'garlic " + keyword
                            + "', 'exact', 'USD', 2)");
                }
                statement.execute("INSERT INTO ad_entity (snapshot_day, entity, campaign_id, campaign_name, targeting_type,"
                        + " state, currency, file_id) VALUES (DATE '2026-03-13', 'Campaign', '1', 'Garlic Press - Exact',"
                        + " 'Manual', 'enabled', 'USD', 2)");
                statement.execute("INSERT INTO ad_entity (snapshot_day, entity, campaign_id, ad_group_id, ad_group_name,"
                        + " state, currency, file_id) VALUES (DATE '2026-03-13', 'Ad Group', '1', '11', 'Exact AG',"
                        + " 'enabled', 'USD', 2)");
                statement.execute("INSERT INTO ad_entity (snapshot_day, entity, campaign_id, ad_group_id, ad_id, sku, state,"
                        + " currency, file_id) VALUES (DATE '2026-03-13', 'Product Ad', '1', '11', '111', 'GP-01',"
                        + " 'enabled', 'USD', 2)");
            }
            try (PreparedStatement days = connection.prepareStatement("INSERT INTO sales_traffic_daily VALUES (?,"
                    + " 'B0PARENT01', 'B0CHILD001', 'Garlic press', 'GP-01', 100, 120, 0.95, 5, 0.05, 99.75, 5, 'USD', 3)");
                    PreparedStatement terms = connection.prepareStatement("INSERT INTO ad_search_term_daily VALUES (?,"
                            + " NULL, 'USD', 'Garlic Press - Exact', 'Exact AG', ?, 'EXACT', ?, 400, ?, ?, ?, 2, 2, 2, 0,"
                            + " ?, 0, 7, 4)")) {
                for (int d = 1; d <= 13; d++) {
                    LocalDate day = LocalDate.of(2026, 3, d);
                    days.setObject(1, day.toString());
                    days.execute();
                    boolean after = d > 10;
                    delivered(terms, day, "1001", after ? 14 : 20, after ? "7.00" : "10.00", after ? "27.00" : "30.00");
                    delivered(terms, day, "1002", 20, "10.00", "24.00");
                    delivered(terms, day, "1003", 20, "12.00", "28.00");
                }
            }
            Clock executedOn = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);
            JdbcLedger ledger = new JdbcLedger(connection, executedOn);
            String id = ledger.record(bidCut(), new Classification(new Verdict.AutoApproved(), List.of()),
                    LocalDate.of(2026, 3, 9)).id();
            ledger.markExecuted(id, "written to bulksheet bulksheet-2026-03-10.xlsx");
        }
    }

    @Test
    void a_bid_cut_is_measured_against_its_untouched_sibling_keywords() throws Exception {
        Arbiter.Run run = Arbiter.run("outcomes", "--dir", workspace.toString(), "--days", "3", "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode action = new ObjectMapper().readTree(run.out()).path("actions").get(0);
        assertEquals("keyword:1001", action.path("unit").asText());
        assertEquals(2, action.path("controls").asInt());
        assertEquals(-3.0, action.path("effects_per_day").path("spend").path("effect").asDouble(), 1e-9);
        assertEquals(-3.0, action.path("effects_per_day").path("spend").path("low").asDouble(), 1e-9);
        assertEquals(-6.0, action.path("effects_per_day").path("clicks").path("effect").asDouble(), 1e-9);
    }

    @Test
    void with_more_days_than_the_data_holds_after_it_the_action_is_not_judged_yet() {
        Arbiter.Run run = Arbiter.run("outcomes", "--dir", workspace.toString(), "--days", "5");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("                not enough days since execution yet: 3 of 5\n"), run.out());
    }

    @Test
    void fewer_than_two_days_each_side_is_a_usage_error() {
        Arbiter.Run run = Arbiter.run("outcomes", "--dir", workspace.toString(), "--days", "1");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("--days must be at least 2, got 1"), run.err());
    }

    private static void delivered(PreparedStatement terms, LocalDate day, String keyword, long clicks, String spend,
            String sales) throws SQLException {
        terms.setObject(1, day.toString());
        terms.setString(2, "garlic " + keyword);
        terms.setString(3, "garlic " + keyword);
        terms.setLong(4, clicks);
        terms.setBigDecimal(5, new BigDecimal(spend));
        terms.setBigDecimal(6, new BigDecimal(sales));
        terms.setBigDecimal(7, new BigDecimal(sales));
        terms.execute();
    }

    private static BidChange bidCut() {
        TargetRef keyword = new TargetRef(TargetRef.Kind.KEYWORD, new CampaignId("1"), new AdGroupId("11"), "1001",
                "Garlic Press - Exact", "Exact AG", "garlic 1001", "exact");
        return new BidChange(keyword, new Sku("GP-01"), Money.of("1.00", "USD"), Money.of("0.80", "USD"),
                new Rationale("ACoS above target", List.of()));
    }
}
