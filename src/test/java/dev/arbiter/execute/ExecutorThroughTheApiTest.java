package dev.arbiter.execute;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.execute.api.AdsStub;
import dev.arbiter.execute.jdbc.JdbcExecutionJournal;
import dev.arbiter.govern.Classification;
import dev.arbiter.govern.Status;
import dev.arbiter.govern.Verdict;
import dev.arbiter.govern.jdbc.JdbcLedger;
import dev.arbiter.model.BidChange;
import dev.arbiter.model.Sku;
import dev.arbiter.model.TargetRef;
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

/** One keyword of a batch is refused: its failure is recorded on its action, the other is applied, a rerun retries it. */
class ExecutorThroughTheApiTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

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

    private static BidChange aSecondKeywordBidCut() {
        TargetRef keyword = new TargetRef(TargetRef.Kind.KEYWORD, AdActions.CAMPAIGN, AdActions.AD_GROUP, "345678901234999",
                "Garlic Press - Exact", "Exact AG", "garlic crusher", "exact");
        return new BidChange(keyword, new Sku("GP-01"), AdActions.usd("0.90"), AdActions.usd("0.70"),
                AdActions.aKeywordBidCut().rationale());
    }

    private ExecutionReport execute() {
        return new Executor(ledger, journal, HaltingExecution.api(stub.server.baseUrl(), CLOCK), CLOCK)
                .execute(dir, LocalDate.of(2026, 11, 23), false);
    }

    @Test
    void a_refused_item_fails_its_own_action_only_and_the_next_run_retries_it_alone() {
        Classification auto = new Classification(new Verdict.AutoApproved(), List.of());
        String first = ledger.record(AdActions.aKeywordBidCut(), auto, LocalDate.of(2026, 11, 22)).id();
        String second = ledger.record(aSecondKeywordBidCut(), auto, LocalDate.of(2026, 11, 22)).id();
        stub.server.stubFor(put(urlEqualTo("/sp/keywords")).atPriority(5).willReturn(aResponse().withStatus(207).withBody(
                AdsStub.keywordsMultiStatus("{\"index\":0,\"keywordId\":\"345678901234567\"}",
                        "{\"index\":1,\"errors\":[{\"errorType\":\"biddingError\",\"errorValue\":{\"biddingError\":"
                                + "{\"reason\":\"BID_TOO_LOW\",\"message\":\"Bid is below the minimum\"}}}]}"))));

        ExecutionReport report = execute();

        assertEquals(List.of(ExecutedItem.Outcome.EXECUTED, ExecutedItem.Outcome.FAILED),
                report.items().stream().map(ExecutedItem::outcome).toList());
        assertEquals(Status.EXECUTED, ledger.find(first).orElseThrow().status());
        assertEquals(Status.AUTO_APPROVED, ledger.find(second).orElseThrow().status());
        ExecutionRecord failure = journal.find(second).orElseThrow();
        assertEquals(ExecutionRecord.State.FAILED, failure.state());
        assertEquals("PUT /sp/keywords biddingError: Bid is below the minimum", failure.detail());

        stub.server.stubFor(put(urlEqualTo("/sp/keywords")).atPriority(1)
                .withRequestBody(equalToJson("{\"keywords\":[{\"keywordId\":\"345678901234999\",\"bid\":0.70}]}"))
                .willReturn(aResponse().withStatus(207).withBody(
                        AdsStub.keywordsMultiStatus("{\"index\":0,\"keywordId\":\"345678901234999\"}", ""))));

        ExecutionReport rerun = execute();

        assertEquals(List.of(ExecutedItem.Outcome.ALREADY_EXECUTED, ExecutedItem.Outcome.EXECUTED),
                rerun.items().stream().map(ExecutedItem::outcome).toList());
        assertEquals(2, journal.find(second).orElseThrow().attempts());
        stub.server.verify(2, putRequestedFor(urlEqualTo("/sp/keywords")));
    }

    @Test
    void a_bid_below_the_marketplace_minimum_is_refused_before_it_is_sent() {
        TargetRef keyword = AdActions.aKeywordBidCut().target();
        String tooLow = ledger.record(new BidChange(keyword, new Sku("GP-01"), AdActions.usd("0.05"), AdActions.usd("0.01"),
                AdActions.aKeywordBidCut().rationale()), new Classification(new Verdict.AutoApproved(), List.of()),
                LocalDate.of(2026, 11, 22)).id();

        ExecutionReport report = execute();

        assertEquals(List.of(new ExecutedItem(tooLow, "bid Garlic Press - Exact › Exact AG › garlic press [exact]:"
                + " 0.05 → 0.01 USD", ExecutedItem.Outcome.FAILED, "bid 0.01 is outside the US range of 0.02 to 1000;"
                + " not sent")), report.items());
        stub.server.verify(0, putRequestedFor(urlEqualTo("/sp/keywords")));
    }
}
