package dev.arbiter.execute.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.model.ArbiterException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SpClientTest {
    private static final String BODY = "{\"keywords\":[{\"keywordId\":\"345678901234567\",\"bid\":0.64}]}";
    private static final String OK = AdsStub.keywordsMultiStatus(
            "{\"index\":0,\"keywordId\":\"345678901234567\"}", "");

    private final AdsStub stub = new AdsStub();

    @AfterEach
    void stop() {
        stub.close();
    }

    private static List<ObjectNode> oneBid() {
        return List.of(JsonNodeFactory.instance.objectNode().put("keywordId", "345678901234567").put("bid", 0.64));
    }

    private void answerKeywords(int status, String body) {
        stub.server.stubFor(put(urlEqualTo("/sp/keywords")).willReturn(aResponse().withStatus(status).withBody(body)));
    }

    @Test
    void an_update_carries_the_client_id_the_token_the_profile_scope_and_the_media_type_in_both_headers() {
        answerKeywords(207, OK);

        List<SpClient.ItemResult> results = stub.client().apply(SpResource.KEYWORDS, "PUT", oneBid());

        assertEquals(List.of(new SpClient.ItemResult(true, "keywordId 345678901234567")), results);
        stub.server.verify(1, putRequestedFor(urlEqualTo("/sp/keywords"))
                .withHeader("Amazon-Advertising-API-ClientId", equalTo(AdsStub.CLIENT_ID))
                .withHeader("Authorization", equalTo("Bearer " + AdsStub.ACCESS_TOKEN))
                .withHeader("Amazon-Advertising-API-Scope", equalTo(AdsStub.PROFILE))
                .withHeader("Content-Type", equalTo(AdsStub.KEYWORD_MEDIA_TYPE))
                .withHeader("Accept", equalTo(AdsStub.KEYWORD_MEDIA_TYPE))
                .withRequestBody(equalToJson(BODY)));
        assertEquals(List.of(), stub.waits);
    }

    @Test
    void a_throttled_call_waits_as_long_as_retry_after_asks_and_then_succeeds() {
        stub.server.stubFor(put(urlEqualTo("/sp/keywords")).inScenario("throttle").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")).willSetStateTo("calm"));
        stub.server.stubFor(put(urlEqualTo("/sp/keywords")).inScenario("throttle").whenScenarioStateIs("calm")
                .willReturn(aResponse().withStatus(207).withBody(OK)));

        List<SpClient.ItemResult> results = stub.client().apply(SpResource.KEYWORDS, "PUT", oneBid());

        assertTrue(results.get(0).ok());
        assertEquals(List.of(Duration.ofSeconds(7)), stub.waits);
        stub.server.verify(2, putRequestedFor(urlEqualTo("/sp/keywords")));
    }

    @Test
    void throttling_that_does_not_stop_fails_the_items_after_five_attempts_with_bounded_waits() {
        stub.server.stubFor(put(urlEqualTo("/sp/keywords"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")));

        List<SpClient.ItemResult> results = stub.client().apply(SpResource.KEYWORDS, "PUT", oneBid());

        assertEquals(List.of(new SpClient.ItemResult(false,
                "PUT /sp/keywords failed after 5 attempts, the last with HTTP 429; run again later")), results);
        assertEquals(List.of(Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(60)),
                stub.waits);
    }

    @Test
    void a_server_error_is_retried_with_exponential_backoff() {
        stub.server.stubFor(put(urlEqualTo("/sp/keywords")).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("once"));
        stub.server.stubFor(put(urlEqualTo("/sp/keywords")).inScenario("flaky").whenScenarioStateIs("once")
                .willReturn(aResponse().withStatus(502)).willSetStateTo("well"));
        stub.server.stubFor(put(urlEqualTo("/sp/keywords")).inScenario("flaky").whenScenarioStateIs("well")
                .willReturn(aResponse().withStatus(207).withBody(OK)));

        assertTrue(stub.client().apply(SpResource.KEYWORDS, "PUT", oneBid()).get(0).ok());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), stub.waits);
    }

    @Test
    void another_client_error_is_not_retried_and_says_what_amazon_said() {
        answerKeywords(400, "{\"code\":\"400\",\"details\":\"Invalid bid value\"}");

        List<SpClient.ItemResult> results = stub.client().apply(SpResource.KEYWORDS, "PUT", oneBid());

        assertEquals(List.of(new SpClient.ItemResult(false, "PUT /sp/keywords was refused: HTTP 400 400 Invalid bid value")),
                results);
        stub.server.verify(1, putRequestedFor(urlEqualTo("/sp/keywords")));
        assertEquals(List.of(), stub.waits);
    }

    @Test
    void a_multi_status_answer_fails_only_the_item_amazon_refused() {
        answerKeywords(207, AdsStub.keywordsMultiStatus("{\"index\":0,\"keywordId\":\"345678901234567\"}",
                "{\"index\":1,\"errors\":[{\"errorType\":\"entityNotFoundError\",\"errorValue\":{\"entityNotFoundError\":"
                        + "{\"reason\":\"ENTITY_NOT_FOUND\",\"message\":\"Keyword not found\"}}}]}"));
        List<ObjectNode> two = List.of(oneBid().get(0),
                JsonNodeFactory.instance.objectNode().put("keywordId", "345678901234999").put("state", "PAUSED"));

        List<SpClient.ItemResult> results = stub.client().apply(SpResource.KEYWORDS, "PUT", two);

        assertEquals(List.of(new SpClient.ItemResult(true, "keywordId 345678901234567"),
                new SpClient.ItemResult(false, "entityNotFoundError: Keyword not found")), results);
    }

    @Test
    void an_expired_access_token_is_refreshed_once_and_the_call_repeated() {
        stub.server.stubFor(put(urlEqualTo("/sp/keywords")).inScenario("expiry").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(401).withBody("{\"code\":\"UNAUTHORIZED\",\"details\":\"Unauthorized\"}"))
                .willSetStateTo("fresh"));
        stub.server.stubFor(put(urlEqualTo("/sp/keywords")).inScenario("expiry").whenScenarioStateIs("fresh")
                .willReturn(aResponse().withStatus(207).withBody(OK)));

        assertTrue(stub.client().apply(SpResource.KEYWORDS, "PUT", oneBid()).get(0).ok());
        stub.server.verify(2, postRequestedFor(urlEqualTo("/auth/o2/token")));
        stub.server.verify(2, putRequestedFor(urlEqualTo("/sp/keywords")));
    }

    @Test
    void a_token_refused_twice_fails_without_looping() {
        answerKeywords(401, "{\"code\":\"UNAUTHORIZED\",\"details\":\"Not authorized to access scope\"}");

        List<SpClient.ItemResult> results = stub.client().apply(SpResource.KEYWORDS, "PUT", oneBid());

        assertEquals("PUT /sp/keywords was refused: HTTP 401 UNAUTHORIZED Not authorized to access scope",
                results.get(0).detail());
        stub.server.verify(2, putRequestedFor(urlEqualTo("/sp/keywords")));
    }

    @Test
    void a_revoked_refresh_token_gives_a_clear_message_that_holds_no_secret() {
        stub.server.stubFor(post(urlEqualTo("/auth/o2/token")).atPriority(1).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"The request has an invalid grant parameter : refresh_token\"}")));
        answerKeywords(207, OK);

        String detail = stub.client().apply(SpResource.KEYWORDS, "PUT", oneBid()).get(0).detail();

        assertEquals("Login with Amazon refused the refresh token (HTTP 400, invalid_grant: The request has an invalid"
                + " grant parameter : refresh_token); authorise Arbiter again and store the new refresh token", detail);
        assertFalse(detail.contains(AdsStub.REFRESH_TOKEN) || detail.contains(AdsStub.CLIENT_SECRET));
        stub.server.verify(0, putRequestedFor(urlEqualTo("/sp/keywords")));
    }

    @Test
    void a_call_that_times_out_is_tried_again() {
        stub.server.stubFor(put(urlEqualTo("/sp/keywords")).inScenario("slow").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(207).withBody(OK).withFixedDelay(1500)).willSetStateTo("quick"));
        stub.server.stubFor(put(urlEqualTo("/sp/keywords")).inScenario("slow").whenScenarioStateIs("quick")
                .willReturn(aResponse().withStatus(207).withBody(OK)));

        List<SpClient.ItemResult> results = stub.client(Optional.of(AdsStub.PROFILE), Duration.ofMillis(300))
                .apply(SpResource.KEYWORDS, "PUT", oneBid());

        assertTrue(results.get(0).ok());
        assertEquals(List.of(Duration.ofSeconds(1)), stub.waits);
    }

    @Test
    void calls_that_always_time_out_fail_after_five_attempts() {
        stub.server.stubFor(put(urlEqualTo("/sp/keywords"))
                .willReturn(aResponse().withStatus(207).withBody(OK).withFixedDelay(1000)));

        List<SpClient.ItemResult> results = stub.client(Optional.of(AdsStub.PROFILE), Duration.ofMillis(200))
                .apply(SpResource.KEYWORDS, "PUT", oneBid());

        assertEquals("PUT /sp/keywords failed after 5 attempts, the last with no answer within 200 ms; run again later",
                results.get(0).detail());
    }

    @Test
    void without_a_configured_profile_the_client_takes_the_marketplace_profile_from_the_account() {
        stub.server.stubFor(get(urlEqualTo("/v2/profiles")).willReturn(aResponse().withStatus(200).withBody(
                "[{\"profileId\":1111,\"countryCode\":\"CA\"},{\"profileId\":2222,\"countryCode\":\"US\"}]")));

        assertEquals("2222", stub.client(Optional.empty(), Duration.ofSeconds(5)).profile());
    }

    @Test
    void an_account_without_a_profile_for_the_marketplace_is_refused_with_what_to_do() {
        stub.server.stubFor(get(urlEqualTo("/v2/profiles")).willReturn(aResponse().withStatus(200).withBody(
                "[{\"profileId\":1111,\"countryCode\":\"CA\"}]")));

        ArbiterException e = assertThrows(ArbiterException.class,
                () -> stub.client(Optional.empty(), Duration.ofSeconds(5)).profile());
        assertEquals("the Amazon Ads account has no advertising profile for marketplace US; set ARBITER_ADS_PROFILE_ID"
                + " to the profile to act for", e.getMessage());
    }

    @Test
    void a_list_follows_next_token_to_the_last_page() {
        stub.server.stubFor(post(urlEqualTo("/sp/keywords/list")).withRequestBody(equalToJson("{\"keywordIdFilter\":{\"include\":[\"1\",\"2\"]}}"))
                .willReturn(aResponse().withStatus(200).withBody("{\"keywords\":[{\"keywordId\":\"1\"}],\"nextToken\":\"p2\"}")));
        stub.server.stubFor(post(urlEqualTo("/sp/keywords/list"))
                .withRequestBody(equalToJson("{\"keywordIdFilter\":{\"include\":[\"1\",\"2\"]},\"nextToken\":\"p2\"}"))
                .willReturn(aResponse().withStatus(200).withBody("{\"keywords\":[{\"keywordId\":\"2\"}]}")));
        ObjectNode filter = JsonNodeFactory.instance.objectNode();
        filter.putObject("keywordIdFilter").putArray("include").add("1").add("2");

        assertEquals(2, stub.client().list(SpResource.KEYWORDS, filter).size());
    }
}
