package dev.arbiter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A test's HTTP client for the web app: keeps the session cookie and CSRF token of its sign-in by hand. */
final class WebClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String cookie = "";
    private String csrf = "";
    String setCookie = "";

    WebClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    Reply signIn(String user, String password) {
        Reply reply = post("/api/login", Map.of("user", user, "password", password));
        if (reply.status() == 200) {
            setCookie = reply.raw().headers().firstValue("Set-Cookie").orElseThrow();
            cookie = setCookie.substring(0, setCookie.indexOf(';'));
            csrf = reply.json().get("csrf").asText();
        }
        return reply;
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Reply post(String path, Map<String, String> body) {
        return postRaw(path, write(body), true);
    }

    Reply postRaw(String path, String body, boolean withCsrf) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (withCsrf && !csrf.isEmpty()) {
            request.header("X-CSRF-Token", csrf);
        }
        return send(request);
    }

    private Reply send(HttpRequest.Builder request) {
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
