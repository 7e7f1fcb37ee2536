package dev.arbiter.execute.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * One Ads API call with the documented headers (client id, bearer token, profile scope, the vendor media type in
 * both Content-Type and Accept), retried on 429 (honouring Retry-After), 5xx and timeouts with bounded backoff, once
 * on 401 with a fresh token, and never on another 4xx.
 */
final class AdsHttp {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final AdsEndpoint endpoint;
    private final AccessTokens tokens;
    private final String clientId;
    private final RetryPolicy policy;
    private final Sleeper sleeper;

    AdsHttp(HttpClient client, AdsEndpoint endpoint, AccessTokens tokens, String clientId, RetryPolicy policy,
            Sleeper sleeper) {
        this.client = client;
        this.endpoint = endpoint;
        this.tokens = tokens;
        this.clientId = clientId;
        this.policy = policy;
        this.sleeper = sleeper;
    }

    /** The response body of a successful (2xx) call; {@code profile} empty for {@code /v2/profiles}. */
    JsonNode send(String method, String path, String mediaType, Optional<String> profile, JsonNode body) {
        boolean refreshed = false;
        String last = "";
        for (int attempt = 1; ; attempt++) {
            Duration retryAfter = null;
            try {
                HttpResponse<String> response = client.send(request(method, path, mediaType, profile, body),
                        HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return JSON.readTree(response.body() == null || response.body().isBlank() ? "{}" : response.body());
                }
                if (status == 401 && !refreshed) {
                    tokens.invalidate();
                    refreshed = true;
                    attempt--;
                    continue;
                }
                last = ("HTTP " + status + " " + summary(response.body())).trim();
                if (status != 429 && status < 500) {
                    throw new ArbiterException(ErrorKind.EXTERNAL, method + " " + path + " was refused: " + last);
                }
                retryAfter = response.headers().firstValue("Retry-After").flatMap(AdsHttp::seconds).orElse(null);
            } catch (HttpTimeoutException e) {
                last = "no answer within " + policy.requestTimeout().toMillis() + " ms";
            } catch (IOException e) {
                last = "connection failed (" + e.getClass().getSimpleName() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ArbiterException(ErrorKind.EXTERNAL, method + " " + path + " was interrupted", e);
            }
            if (attempt >= policy.maxAttempts()) {
                throw new ArbiterException(ErrorKind.EXTERNAL, method + " " + path + " failed after " + attempt
                        + " attempts, the last with " + last + "; run again later");
            }
            pause(policy.delay(attempt, retryAfter), method, path);
        }
    }

    private HttpRequest request(String method, String path, String mediaType, Optional<String> profile, JsonNode body)
            throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint.resolve(path))
                .timeout(policy.requestTimeout())
                .header("Amazon-Advertising-API-ClientId", clientId)
                .header("Authorization", "Bearer " + tokens.current())
                .header("Content-Type", mediaType)
                .header("Accept", mediaType);
        profile.ifPresent(id -> builder.header("Amazon-Advertising-API-Scope", id));
        if (method.equals("PUT") || method.equals("POST")) {
            builder.header("Prefer", "return=representation");
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        return builder.method(method, publisher).build();
    }

    private void pause(Duration delay, String method, String path) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArbiterException(ErrorKind.EXTERNAL, method + " " + path + " was interrupted while backing off", e);
        }
    }

    private static Optional<Duration> seconds(String header) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The error body's code and details, as Amazon returns them; never a header, so never a token. */
    private static String summary(String body) {
        try {
            JsonNode node = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
            String code = node.path("code").asText("");
            String details = node.path("details").asText(node.path("message").asText(""));
            return (code + " " + details).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
