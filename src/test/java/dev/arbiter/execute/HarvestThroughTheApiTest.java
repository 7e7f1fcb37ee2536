package dev.arbiter.execute;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.execute.api.AdsStub;
import dev.arbiter.execute.jdbc.JdbcExecutionJournal;
import dev.arbiter.govern.Classification;
import dev.arbiter.govern.Status;
import dev.arbiter.govern.Verdict;
import dev.arbiter.govern.jdbc.JdbcLedger;
import dev.arbiter.warehouse.Warehouse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A harvested keyword goes out as two v3 creates, the exact keyword and its negative, exactly once. */
class HarvestThroughTheApiTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final Classification AUTO = new Classification(new Verdict.AutoApproved(), List.of());

    @TempDir
    Path dir;

    private final AdsStub stub = new AdsStub();
    private final Warehouse warehouse = Warehouse.inMemory();
    private final JdbcLedger ledger = new JdbcLedger(warehouse.connection(), CLOCK);
    private final JdbcExecutionJournal journal = new JdbcExecutionJournal(warehouse.connection());

    @AfterEach
    void stop() {
        stub.close();
        warehouse.close();
    }

    private ExecutionReport execute() {
        return new Executor(ledger, journal, HaltingExecution.api(stub.server.baseUrl(), CLOCK), CLOCK)
                .execute(dir, LocalDate.of(2026, 11, 23), false);
    }

    @Test
    void the_exact_keyword_and_its_negative_are_created_with_one_post_each_and_not_again() {
        String id = ledger.record(AdActions.aHarvestIntoTheExactAdGroup(), AUTO, LocalDate.of(2026, 11, 22)).id();
        stub.server.stubFor(post(urlEqualTo("/sp/keywords"))
                .withHeader("Content-Type", equalTo("application/vnd.spKeyword.v3+json"))
                .withRequestBody(equalToJson("{\"keywords\":[{\"campaignId\":\"123456789012345\",\"adGroupId\":"
                        + "\"234567890123456\",\"keywordText\":\"garlic press steel\",\"matchType\":\"EXACT\","
                        + "\"state\":\"ENABLED\",\"bid\":0.77}]}"))
                .willReturn(aResponse().withStatus(207).withBody(
                        AdsStub.keywordsMultiStatus("{\"index\":0,\"keywordId\":\"345678901230001\"}", ""))));
        stub.server.stubFor(post(urlEqualTo("/sp/negativeKeywords"))
                .withHeader("Content-Type", equalTo("application/vnd.spNegativeKeyword.v3+json"))
                .withRequestBody(equalToJson("{\"negativeKeywords\":[{\"campaignId\":\"123456789012399\",\"adGroupId\":"
                        + "\"234567890123499\",\"keywordText\":\"garlic press steel\",\"matchType\":\"NEGATIVE_EXACT\","
                        + "\"state\":\"ENABLED\"}]}"))
                .willReturn(aResponse().withStatus(207).withBody("{\"negativeKeywords\":{\"success\":[{\"index\":0,"
                        + "\"negativeKeywordId\":\"445678901230001\"}],\"error\":[]}}")));

        ExecutionReport report = execute();
        ExecutionReport rerun = execute();

        assertEquals(List.of(ExecutedItem.Outcome.EXECUTED), report.items().stream().map(ExecutedItem::outcome).toList());
        assertEquals("applied via the Ads API: POST /sp/keywords keywordId 345678901230001; POST /sp/negativeKeywords"
                + " negativeKeywordId 445678901230001", report.items().get(0).detail());
        assertEquals(Status.EXECUTED, ledger.find(id).orElseThrow().status());
        assertEquals(List.of(ExecutedItem.Outcome.ALREADY_EXECUTED), rerun.items().stream().map(ExecutedItem::outcome).toList());
        stub.server.verify(1, postRequestedFor(urlEqualTo("/sp/keywords")));
        stub.server.verify(1, postRequestedFor(urlEqualTo("/sp/negativeKeywords")));
    }

    @Test
    void a_harvest_that_needs_a_new_campaign_is_left_approved_for_the_bulksheet() {
        String id = ledger.record(AdActions.aHarvestIntoANewCampaign("garlic mincer"), AUTO, LocalDate.of(2026, 11, 22)).id();

        ExecutionReport report = execute();

        assertEquals(List.of(), report.items());
        assertEquals(Status.AUTO_APPROVED, ledger.find(id).orElseThrow().status());
        stub.server.verify(0, postRequestedFor(urlEqualTo("/sp/keywords")));
    }
}
