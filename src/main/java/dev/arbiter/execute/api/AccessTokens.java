package dev.arbiter.execute.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

/**
 * Login with Amazon access tokens from the refresh token (formats doc, D2): fetched when first needed, kept until a
 * minute before they expire or until the API says one is no longer valid. Error messages never carry a secret.
 */
final class AccessTokens {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final AdsEndpoint endpoint;
    private final AdsCredentials credentials;
    private final Clock clock;
    private final RetryPolicy policy;
    private String token;
    private Instant expires = Instant.MIN;

    AccessTokens(HttpClient client, AdsEndpoint endpoint, AdsCredentials credentials, Clock clock, RetryPolicy policy) {
        this.client = client;
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.clock = clock;
        this.policy = policy;
    }

    /** A token valid for at least another minute. */
    String current() {
        if (token == null || !clock.instant().isBefore(expires)) {
            refresh();
        }
        return token;
    }

    /** Forgets the token, after the API refused it. */
    void invalidate() {
        token = null;
    }

    private void refresh() {
        String form = "grant_type=refresh_token&refresh_token=" + encode(credentials.refreshToken()) + "&client_id="
                + encode(credentials.clientId()) + "&client_secret=" + encode(credentials.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(endpoint.token())
                .timeout(policy.requestTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot reach Login with Amazon at " + endpoint.token()
                    + ": " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArbiterException(ErrorKind.EXTERNAL, "interrupted while logging in with Amazon", e);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
            throw new ArbiterException(ErrorKind.USER, "Login with Amazon refused the refresh token (HTTP "
                    + response.statusCode() + ", " + body.path("error").asText("no error code") + ": "
                    + body.path("error_description").asText("no description")
                    + "); authorise Arbiter again and store the new refresh token");
        }
        token = body.get("access_token").asText();
        expires = clock.instant().plusSeconds(Math.max(0, body.path("expires_in").asLong(3600) - 60));
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
