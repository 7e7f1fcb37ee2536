package dev.arbiter.execute.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.arbiter.model.Marketplace;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A local Amazon Ads API and Login with Amazon, as WireMock, with the documented requests and answers (D1 to D4). */
public final class AdsStub implements AutoCloseable {
    public static final String CLIENT_ID = "amzn1.application-oa2-client.EXAMPLE";
    public static final String CLIENT_SECRET = "SECRET-EXAMPLE";
    public static final String REFRESH_TOKEN = "Atzr|REFRESH-EXAMPLE";
    public static final String ACCESS_TOKEN = "Atza|ACCESS-EXAMPLE";
    public static final String PROFILE = "3456789012345678";
    public static final String KEYWORD_MEDIA_TYPE = "application/vnd.spKeyword.v3+json";

    public final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    /** Every wait the client asked for, instead of sleeping. */
    public final List<Duration> waits = new ArrayList<>();

    public AdsStub() {
        server.start();
        server.stubFor(post(urlEqualTo("/auth/o2/token"))
                .withRequestBody(equalTo("grant_type=refresh_token&refresh_token=Atzr%7CREFRESH-EXAMPLE"
                        + "&client_id=amzn1.application-oa2-client.EXAMPLE&client_secret=SECRET-EXAMPLE"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"" + ACCESS_TOKEN.replace("|", "|")
                                + "\",\"token_type\":\"bearer\",\"expires_in\":3600,\"refresh_token\":\"Atzr|REFRESH-EXAMPLE\"}")));
    }

    public AdsEndpoint endpoint() {
        return new AdsEndpoint(URI.create(server.baseUrl()), URI.create(server.baseUrl() + "/auth/o2/token"));
    }

    public static AdsCredentials credentials(Optional<String> profile) {
        return new AdsCredentials(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, profile);
    }

    /** A client that waits into {@link #waits}, times out after {@code timeout}, and tries five times. */
    public SpClient client(Optional<String> profile, Duration timeout) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(60), timeout);
        return SpClient.connect(credentials(profile), endpoint(), Marketplace.US, clock, policy, waits::add);
    }

    public SpClient client() {
        return client(Optional.of(PROFILE), Duration.ofSeconds(5));
    }

    /** A 207 answer for keywords: ids succeed at the given indexes, and index {@code notFound} (if >= 0) fails. */
    public static String keywordsMultiStatus(String successJson, String errorJson) {
        return "{\"keywords\":{\"success\":[" + successJson + "],\"error\":[" + errorJson + "]}}";
    }

    @Override
    public void close() {
        server.stop();
    }
}
