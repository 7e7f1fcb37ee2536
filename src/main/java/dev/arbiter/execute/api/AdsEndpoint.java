package dev.arbiter.execute.api;

import dev.arbiter.model.Marketplace;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * Where the Ads API and Login with Amazon answer for a marketplace (formats doc, D1 and D2); both can be replaced,
 * by {@code ARBITER_ADS_API_URL} and {@code ARBITER_ADS_TOKEN_URL}, to talk to a sandbox or a stub.
 */
public record AdsEndpoint(URI api, URI token) {
    static final String API_URL = "ARBITER_ADS_API_URL";
    static final String TOKEN_URL = "ARBITER_ADS_TOKEN_URL";

    public AdsEndpoint {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(token, "token");
    }

    /** Amazon's hosts for the marketplace's region, unless the environment replaces them. */
    public static AdsEndpoint of(Marketplace marketplace, Map<String, String> environment) {
        AdsEndpoint region = switch (marketplace) {
            case US, CA, MX -> new AdsEndpoint(URI.create("https://advertising-api.amazon.com"),
                    URI.create("https://api.amazon.com/auth/o2/token"));
            case JP -> new AdsEndpoint(URI.create("https://advertising-api-fe.amazon.com"),
                    URI.create("https://api.amazon.co.jp/auth/o2/token"));
            default -> new AdsEndpoint(URI.create("https://advertising-api-eu.amazon.com"),
                    URI.create("https://api.amazon.co.uk/auth/o2/token"));
        };
        URI api = environment.containsKey(API_URL) ? URI.create(environment.get(API_URL)) : region.api();
        URI token = environment.containsKey(TOKEN_URL) ? URI.create(environment.get(TOKEN_URL)) : region.token();
        return new AdsEndpoint(api, token);
    }

    /** The address of a path such as {@code /sp/keywords} on the API host. */
    URI resolve(String path) {
        String base = api.toString().replaceAll("/+$", "");
        return URI.create(base + path);
    }
}
