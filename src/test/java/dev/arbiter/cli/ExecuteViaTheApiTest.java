package dev.arbiter.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.arbiter.execute.AdActions;
import dev.arbiter.execute.api.AdsStub;
import dev.arbiter.govern.Classification;
import dev.arbiter.govern.Verdict;
import dev.arbiter.govern.jdbc.JdbcLedger;
import dev.arbiter.warehouse.Warehouse;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code arbiter execute --via api} as a user runs it: a child JVM, credentials in the environment, the API a stub. */
class ExecuteViaTheApiTest {
    @TempDir
    Path workspace;

    private final AdsStub stub = new AdsStub();

    @AfterEach
    void stop() {
        stub.close();
    }

    private record Run(int code, String out) {}

    private Run arbiter(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("ARBITER_ADS_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Run(process.exitValue(), out);
    }

    @Test
    void execute_through_the_api_sends_each_change_once_and_never_prints_a_secret() throws Exception {
        try (InputStream model = getClass().getResourceAsStream("/dev/arbiter/policy/yaml/operating-model.yaml")) {
            Files.copy(model, workspace.resolve("operating-model.yaml"));
        }
        String bid;
        String negative;
        try (Warehouse warehouse = Warehouse.open(workspace.resolve("arbiter.duckdb"))) {
            JdbcLedger ledger = new JdbcLedger(warehouse.connection(), Clock.systemUTC());
            Classification auto = new Classification(new Verdict.AutoApproved(), List.of());
            bid = ledger.record(AdActions.aKeywordBidCut(), auto, LocalDate.of(2026, 11, 22)).id();
            negative = ledger.record(AdActions.aNegative("garlic crusher"), auto, LocalDate.of(2026, 11, 22)).id();
        }
        stub.server.stubFor(put(urlEqualTo("/sp/keywords")).willReturn(aResponse().withStatus(207).withBody(
                AdsStub.keywordsMultiStatus("{\"index\":0,\"keywordId\":\"345678901234567\"}", ""))));
        stub.server.stubFor(post(urlEqualTo("/sp/negativeKeywords")).willReturn(aResponse().withStatus(207).withBody(
                "{\"negativeKeywords\":{\"success\":[{\"index\":0,\"negativeKeywordId\":\"567890123456111\"}],\"error\":[]}}")));
        Map<String, String> environment = Map.of("ARBITER_ADS_CLIENT_ID", AdsStub.CLIENT_ID,
                "ARBITER_ADS_CLIENT_SECRET", AdsStub.CLIENT_SECRET, "ARBITER_ADS_REFRESH_TOKEN", AdsStub.REFRESH_TOKEN,
                "ARBITER_ADS_PROFILE_ID", AdsStub.PROFILE, "ARBITER_ADS_API_URL", stub.server.baseUrl(),
                "ARBITER_ADS_TOKEN_URL", stub.server.baseUrl() + "/auth/o2/token");

        Run first = arbiter(environment, "execute", "--dir", workspace.toString(), "--via", "api", "--json");

        assertEquals(0, first.code(), first.out());
        assertEquals("{\"executed\":2,\"already_executed\":0,\"failed\":0,\"items\":["
                + "{\"id\":\"" + bid + "\",\"status\":\"executed\",\"action\":\"" + AdActions.aKeywordBidCut().describe()
                + "\",\"detail\":\"applied via the Ads API: PUT /sp/keywords keywordId 345678901234567\"},"
                + "{\"id\":\"" + negative + "\",\"status\":\"executed\",\"action\":\"negative exact \\\"garlic crusher\\\""
                + " in Garlic Press - Auto › Auto AG\",\"detail\":\"applied via the Ads API: POST /sp/negativeKeywords"
                + " negativeKeywordId 567890123456111\"}]}\n", first.out());

        Run second = arbiter(environment, "execute", "--dir", workspace.toString(), "--via", "api");

        assertEquals(0, second.code(), second.out());
        assertEquals("executed 0, already executed 2, failed 0\n", second.out());
        stub.server.verify(1, putRequestedFor(urlEqualTo("/sp/keywords")));
        stub.server.verify(1, postRequestedFor(urlEqualTo("/sp/negativeKeywords")));
        String everything = first.out() + second.out() + Files.readString(workspace.resolve("operating-model.yaml"));
        assertFalse(everything.contains(AdsStub.CLIENT_SECRET) || everything.contains(AdsStub.REFRESH_TOKEN)
                || everything.contains(AdsStub.ACCESS_TOKEN));
    }

    @Test
    void execute_through_the_api_without_credentials_says_where_to_put_them() throws Exception {
        try (InputStream model = getClass().getResourceAsStream("/dev/arbiter/policy/yaml/operating-model.yaml")) {
            Files.copy(model, workspace.resolve("operating-model.yaml"));
        }
        try (Warehouse warehouse = Warehouse.open(workspace.resolve("arbiter.duckdb"))) {
            new JdbcLedger(warehouse.connection(), Clock.systemUTC()).record(AdActions.aKeywordBidCut(),
                    new Classification(new Verdict.AutoApproved(), List.of()), LocalDate.of(2026, 11, 22));
        }

        Run run = arbiter(Map.of(), "execute", "--dir", workspace.toString(), "--via", "api");

        assertEquals(2, run.code(), run.out());
        assertEquals("arbiter: no Amazon Ads credentials: set ARBITER_ADS_CLIENT_ID, ARBITER_ADS_CLIENT_SECRET and"
                + " ARBITER_ADS_REFRESH_TOKEN (and optionally ARBITER_ADS_PROFILE_ID), or write them as client_id,"
                + " client_secret, refresh_token, profile_id to " + workspace.resolve("ads-credentials.properties")
                + " with chmod 600\n", run.out());
    }
}
