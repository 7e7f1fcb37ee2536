package dev.arbiter.execute.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Marketplace;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Amazon Ads API v3 client for Sponsored Products: batches of creates and updates answered item by item (207
 * Multi-Status), and lists that read entities back, all scoped to the marketplace's advertising profile.
 */
public final class SpClient {
    /** The most items Amazon takes in one batch. */
    static final int BATCH = 1000;
    private static final String PROFILES = "application/json";

    private final AdsHttp http;
    private final Marketplace marketplace;
    private final Optional<String> configuredProfile;
    private String profile;

    /** What the API said about one item of a batch: its entity id, or why it failed. */
    public record ItemResult(boolean ok, String detail) {}

    SpClient(AdsHttp http, Marketplace marketplace, Optional<String> profile) {
        this.http = http;
        this.marketplace = marketplace;
        this.configuredProfile = profile;
    }

    /** A client for the marketplace's region (or the endpoint's replacement), with the real sleeper. */
    public static SpClient connect(AdsCredentials credentials, AdsEndpoint endpoint, Marketplace marketplace, Clock clock,
            RetryPolicy policy, Sleeper sleeper) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(policy.requestTimeout()).build();
        AccessTokens tokens = new AccessTokens(client, endpoint, credentials, clock, policy);
        return new SpClient(new AdsHttp(client, endpoint, tokens, credentials.clientId(), policy, sleeper), marketplace,
                credentials.profileId());
    }

    /** The advertising profile of the marketplace: the configured one, else the one {@code /v2/profiles} lists. */
    public String profile() {
        if (profile == null) {
            profile = configuredProfile.orElseGet(this::profileFromAccount);
        }
        return profile;
    }

    private String profileFromAccount() {
        JsonNode profiles = http.send("GET", "/v2/profiles", PROFILES, Optional.empty(), null);
        List<String> codes = marketplace == Marketplace.UK ? List.of("UK", "GB") : List.of(marketplace.name());
        for (JsonNode candidate : profiles) {
            if (codes.contains(candidate.path("countryCode").asText(""))) {
                return candidate.path("profileId").asText();
            }
        }
        throw new ArbiterException(ErrorKind.USER, "the Amazon Ads account has no advertising profile for marketplace "
                + marketplace + "; set ARBITER_ADS_PROFILE_ID to the profile to act for");
    }

    /** The marketplace the client acts in. */
    public Marketplace marketplace() {
        return marketplace;
    }

    /** Sends items in batches of at most 1000 and answers each item at its index; a failed batch fails its items. */
    public List<ItemResult> apply(SpResource resource, String method, List<ObjectNode> items) {
        List<ItemResult> results = new ArrayList<>();
        for (int from = 0; from < items.size(); from += BATCH) {
            List<ObjectNode> batch = items.subList(from, Math.min(items.size(), from + BATCH));
            results.addAll(batch(resource, method, batch));
        }
        return results;
    }

    private List<ItemResult> batch(SpResource resource, String method, List<ObjectNode> items) {
        ObjectNode body = requestBody(resource, items);
        JsonNode response;
        try {
            response = http.send(method, resource.path(), resource.mediaType(), Optional.of(profile()), body);
        } catch (ArbiterException e) {
            return items.stream().map(item -> new ItemResult(false, e.getMessage())).toList();
        }
        List<ItemResult> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            results.add(new ItemResult(false, "the API answered nothing for this item"));
        }
        JsonNode answer = response.path(resource.batchKey());
        for (JsonNode success : answer.path("success")) {
            int index = success.path("index").asInt(-1);
            if (index >= 0 && index < items.size()) {
                results.set(index, new ItemResult(true, resource.idField() + " " + success.path(resource.idField()).asText("")));
            }
        }
        for (JsonNode error : answer.path("error")) {
            int index = error.path("index").asInt(-1);
            if (index >= 0 && index < items.size()) {
                results.set(index, new ItemResult(false, errors(error.path("errors"))));
            }
        }
        return results;
    }

    /** The entities a list filter selects, following {@code nextToken}. */
    public List<JsonNode> list(SpResource resource, ObjectNode filter) {
        List<JsonNode> entities = new ArrayList<>();
        ObjectNode body = filter.deepCopy();
        while (true) {
            JsonNode page = http.send("POST", resource.path() + "/list", resource.mediaType(), Optional.of(profile()), body);
            page.path(resource.batchKey()).forEach(entities::add);
            String next = page.path("nextToken").asText("");
            if (next.isEmpty()) {
                return entities;
            }
            body.put("nextToken", next);
        }
    }

    /** The body of one batch request, as sent; also what a dry run prints. */
    static ObjectNode requestBody(SpResource resource, List<ObjectNode> items) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray(resource.batchKey()).addAll(items);
        return body;
    }

    private static String errors(JsonNode errors) {
        List<String> reasons = new ArrayList<>();
        for (JsonNode error : errors) {
            String type = error.path("errorType").asText("error");
            JsonNode value = error.path("errorValue").path(type);
            reasons.add(type + ": " + value.path("message").asText(value.path("reason").asText("no reason given")));
        }
        return reasons.isEmpty() ? "the API reported an error without reason" : String.join("; ", reasons);
    }
}
