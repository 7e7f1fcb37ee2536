package dev.arbiter.execute;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
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
import dev.arbiter.warehouse.Warehouse;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child JVM dies between the API call and the execution record; the re-run must not apply the change twice. */
class ExactlyOnceAfterACrashTest {
    private static final String APPLIED = AdsStub.keywordsMultiStatus("{\"index\":0,\"keywordId\":\"345678901234567\"}", "");

    @TempDir
    Path dir;

    private final AdsStub stub = new AdsStub();
    private String id;

    @BeforeEach
    void anApprovedBidCut() {
        try (Warehouse warehouse = Warehouse.open(store())) {
            id = new JdbcLedger(warehouse.connection(), Clock.systemUTC())
                    .record(AdActions.aKeywordBidCut(), new Classification(new Verdict.AutoApproved(), List.of()),
                            LocalDate.of(2026, 11, 22))
                    .id();
        }
        stub.server.stubFor(put(urlEqualTo("/sp/keywords")).willReturn(aResponse().withStatus(207).withBody(APPLIED)));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private Path store() {
        return dir.resolve("arbiter.duckdb");
    }

    private void readBackShowsBid(String bid) {
        stub.server.stubFor(post(urlEqualTo("/sp/keywords/list")).willReturn(aResponse().withStatus(200).withBody(
                "{\"keywords\":[{\"keywordId\":\"345678901234567\",\"state\":\"ENABLED\",\"bid\":" + bid + "}]}")));
    }

    private int crashBetweenTheCallAndTheRecord() throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HaltingExecution.class.getName(), store().toString(),
                stub.server.baseUrl())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
        }
        return child.exitValue();
    }

    private ExecutionReport rerun() {
        try (Warehouse warehouse = Warehouse.open(store())) {
            JdbcLedger ledger = new JdbcLedger(warehouse.connection(), Clock.systemUTC());
            ExecutionReport report = new Executor(ledger, new JdbcExecutionJournal(warehouse.connection()),
                    HaltingExecution.api(stub.server.baseUrl(), Clock.systemUTC()), Clock.systemUTC())
                    .execute(dir.resolve("out"), LocalDate.of(2026, 11, 23), false);
            assertEquals(Status.EXECUTED, ledger.find(id).orElseThrow().status());
            assertEquals(ExecutionRecord.State.APPLIED,
                    new JdbcExecutionJournal(warehouse.connection()).find(id).orElseThrow().state());
            return report;
        }
    }

    @Test
    void a_change_amazon_already_shows_is_recorded_on_the_rerun_and_not_sent_again() throws Exception {
        readBackShowsBid("0.64");

        assertEquals(HaltingExecution.HALTED, crashBetweenTheCallAndTheRecord());
        stub.server.verify(1, putRequestedFor(urlEqualTo("/sp/keywords")));

        ExecutionReport report = rerun();

        assertEquals(List.of(new ExecutedItem(id, AdActions.aKeywordBidCut().describe(),
                ExecutedItem.Outcome.ALREADY_EXECUTED,
                "reconciled: api shows the change in place after an interrupted run")), report.items());
        stub.server.verify(1, putRequestedFor(urlEqualTo("/sp/keywords")));
        assertEquals(ExecutedItem.Outcome.ALREADY_EXECUTED, rerun().items().get(0).outcome());
        stub.server.verify(1, putRequestedFor(urlEqualTo("/sp/keywords")));
    }

    @Test
    void a_change_amazon_does_not_show_is_sent_once_more_on_the_rerun() throws Exception {
        readBackShowsBid("0.80");

        assertEquals(HaltingExecution.HALTED, crashBetweenTheCallAndTheRecord());

        ExecutionReport report = rerun();

        assertEquals(List.of(new ExecutedItem(id, AdActions.aKeywordBidCut().describe(), ExecutedItem.Outcome.EXECUTED,
                "applied via the Ads API: PUT /sp/keywords keywordId 345678901234567")), report.items());
        stub.server.verify(2, putRequestedFor(urlEqualTo("/sp/keywords")));
        assertEquals(Optional.of(ExecutedItem.Outcome.ALREADY_EXECUTED),
                rerun().items().stream().map(ExecutedItem::outcome).findFirst());
        stub.server.verify(2, putRequestedFor(urlEqualTo("/sp/keywords")));
    }

    @Test
    void a_change_whose_state_cannot_be_read_back_is_not_sent_again_until_it_can() throws Exception {
        stub.server.stubFor(post(urlEqualTo("/sp/keywords/list")).willReturn(aResponse().withStatus(503)));

        assertEquals(HaltingExecution.HALTED, crashBetweenTheCallAndTheRecord());

        try (Warehouse warehouse = Warehouse.open(store())) {
            JdbcLedger ledger = new JdbcLedger(warehouse.connection(), Clock.systemUTC());
            ExecutionReport report = new Executor(ledger, new JdbcExecutionJournal(warehouse.connection()),
                    HaltingExecution.api(stub.server.baseUrl(), Clock.systemUTC()), Clock.systemUTC())
                    .execute(dir.resolve("out"), LocalDate.of(2026, 11, 23), false);

            assertEquals(List.of(new ExecutedItem(id, AdActions.aKeywordBidCut().describe(), ExecutedItem.Outcome.FAILED,
                    "sent before, but its state cannot be read back (POST /sp/keywords/list failed after 5 attempts,"
                            + " the last with HTTP 503; run again later); not sent again")), report.items());
            assertEquals(Status.AUTO_APPROVED, ledger.find(id).orElseThrow().status());
        }
        stub.server.verify(1, putRequestedFor(urlEqualTo("/sp/keywords")));
        readBackShowsBid("0.64");
        assertEquals(ExecutedItem.Outcome.ALREADY_EXECUTED, rerun().items().get(0).outcome());
        stub.server.verify(1, putRequestedFor(urlEqualTo("/sp/keywords")));
    }
}
