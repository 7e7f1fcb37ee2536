package dev.arbiter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.arbiter.economics.AdProductSpend;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.govern.LedgerEntry;
import dev.arbiter.govern.Status;
import dev.arbiter.model.ActionType;
import dev.arbiter.model.Money;
import dev.arbiter.web.WebApp;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The web app over a small demo workspace, through its JSON API and pages, as each role. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebAppIT {
    static final String PASSWORD = "correct-horse-battery";

    @TempDir
    static Path temp;

    Session session;
    WebApp app;

    @BeforeAll
    void serves_a_demo_workspace() {
        Path dir = temp.resolve("demo");
        int exit = Main.commandLine().execute("demo", "--dir", dir.toString(), "--seed", "7", "--days", "28",
                "--until", "2026-03-31", "--password", PASSWORD);
        assertEquals(0, exit);
        session = Session.open(new Workspace(dir));
        app = ServeCommand.start(session, "127.0.0.1", 0);
    }

    @AfterAll
    void stops() {
        app.close();
        session.close();
    }

    WebClient as(String user) {
        WebClient client = new WebClient(app.port());
        assertEquals(200, client.signIn(user, PASSWORD).status());
        return client;
    }

    @Test
    void signing_in_sets_a_secure_http_only_strict_session_cookie_and_returns_a_csrf_token() {
        WebClient client = new WebClient(app.port());
        JsonNode answer = client.signIn("finance", PASSWORD).json();
        assertEquals("finance", answer.get("role").asText());
        assertTrue(answer.get("csrf").asText().length() >= 40);
        String cookie = client.setCookie;
        assertTrue(cookie.startsWith("arbiter_session="), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("Secure"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
    }

    @Test
    void a_wrong_password_is_refused_without_saying_which_part_was_wrong() {
        WebClient.Reply reply = new WebClient(app.port()).signIn("finance", "not-the-password");
        assertEquals(401, reply.status());
        assertEquals("unknown user or wrong password", reply.json().get("error").asText());
    }

    @Test
    void five_wrong_passwords_lock_the_user_out_even_from_the_right_one() {
        WebClient client = new WebClient(app.port());
        for (int i = 0; i < 4; i++) {
            assertEquals("unknown user or wrong password", client.signIn("ecommerce", "wrong-" + i).json().get("error").asText());
        }
        assertTrue(client.signIn("ecommerce", "wrong-4").json().get("error").asText()
                .startsWith("too many failed sign-ins; try again after "));
        WebClient.Reply right = client.signIn("ecommerce", PASSWORD);
        assertEquals(401, right.status());
        assertTrue(right.json().get("error").asText().startsWith("too many failed sign-ins; try again after "));
        session.credentials().setPassword("ecommerce", PASSWORD); // a new password lifts the lock-out
        assertEquals(200, client.signIn("ecommerce", PASSWORD).status());
    }

    @Test
    void every_route_needs_a_session() {
        WebClient anonymous = new WebClient(app.port());
        assertEquals(401, anonymous.get("/api/dashboard").status());
        assertEquals("sign in first: POST /api/login with {\"user\", \"password\"}",
                anonymous.get("/api/actions").json().get("error").asText());
        WebClient.Reply page = anonymous.get("/");
        assertEquals(303, page.status());
        assertEquals("/login", page.raw().headers().firstValue("Location").orElseThrow());
    }

    @Test
    void a_state_change_without_the_csrf_token_is_refused() {
        WebClient finance = as("finance");
        String id = awaiting().get(0).id();
        WebClient.Reply reply = finance.postRaw("/api/actions/" + id + "/approve", "{\"comment\":\"ok\"}", false);
        assertEquals(403, reply.status());
        assertEquals("missing or wrong CSRF token: send the token from sign-in in the X-CSRF-Token header (or the form's"
                + " csrf field)", reply.json().get("error").asText());
        assertEquals(Status.AWAITING, session.ledger().find(id).orElseThrow().status());
    }

    @Test
    void the_wrong_role_is_refused_with_the_reason_and_the_right_role_approves() {
        LedgerEntry entry = awaiting().get(awaiting().size() - 1);
        String role = entry.awaiting().orElseThrow().key();
        String other = role.equals("finance") ? "marketing" : "finance";
        WebClient.Reply refused = as(other).post("/api/actions/" + entry.id() + "/approve", Map.of("comment", "go"));
        assertEquals(403, refused.status());
        assertEquals("refused: " + other + " (" + other + ") may not approve " + entry.id() + ": it awaits " + role
                + " or the cmo", refused.json().get("error").asText());
        WebClient.Reply approved = as(role).post("/api/actions/" + entry.id() + "/approve", Map.of("comment", "go"));
        assertEquals(200, approved.status(), approved.body());
        assertEquals("approved", approved.json().get("action").get("status").asText());
        JsonNode audit = as("cmo").get("/api/audit").json();
        assertTrue(audit.get("intact").asBoolean());
        JsonNode latest = audit.get("latest").get(0);
        assertEquals(List.of(role, "approved", entry.id()),
                List.of(latest.get("actor").asText(), latest.get("event").asText(), latest.get("subject").asText()));
    }

    @Test
    void actions_filter_by_status_and_name_what_a_bad_filter_should_be() {
        WebClient cmo = as("cmo");
        JsonNode rows = cmo.get("/api/actions?status=executed").json();
        assertTrue(rows.size() > 0);
        rows.forEach(row -> assertEquals("executed", row.get("status").asText()));
        WebClient.Reply bad = cmo.get("/api/actions?status=pending");
        assertEquals(400, bad.status());
        assertEquals("unknown status 'pending'; use one of [auto_approved, awaiting, blocked, approved, rejected, executed]",
                bad.json().get("error").asText());
    }

    @Test
    void insights_against_a_skus_own_weeks_reach_the_agency_without_the_margin_findings() {
        List<String> cmo = historyHeadlines(as("cmo").get("/api/insights").json());
        List<String> agency = historyHeadlines(as("agency").get("/api/insights").json());
        assertFalse(cmo.isEmpty(), "the 28-day demo has a latest week against three previous weeks");
        cmo.forEach(h -> assertTrue(h.contains(" in the week to 2026-03-31 against a median of ")
                && h.contains(" % in its 3 previous weeks (robust z "), h));
        assertEquals(cmo.stream().filter(h -> !h.contains(" CM2 % ")).toList(), agency);
        String page = as("cmo").get("/insights").body();
        assertTrue(page.contains("<span class=\"kind history\">history</span>"), "the insights page lists them");
    }

    @Test
    void the_alerts_of_the_report_reach_the_insights_page_and_the_agency_only_those_without_margins() {
        List<String> cmo = kinds(as("cmo").get("/api/insights").json());
        List<String> agency = kinds(as("agency").get("/api/insights").json());

        assertTrue(cmo.contains("media_on_fragile_stock") || cmo.contains("strategic_sku_without_media"), cmo.toString());
        assertTrue(agency.stream().noneMatch(k -> k.equals("low_margin_absorbs_spend") || k.startsWith("rule:")),
                agency.toString());
        assertEquals(cmo.stream().filter(k -> k.equals("media_on_fragile_stock")).count(),
                agency.stream().filter(k -> k.equals("media_on_fragile_stock")).count());
    }

    @Test
    void a_sku_page_shows_its_rating_from_the_ratings_file_with_its_change_over_fourteen_days() {
        String page = as("agency").get("/skus/" + skus().get(0).sku().value()).body();

        // the 28-day demo reads ratings on days 7, 14, 21 and 28: two readings in each 14-day span
        assertTrue(page.contains("<section class=\"card\" id=\"rating\">"), page);
        assertTrue(page.matches("(?s).*<strong>[1-5]\\.[0-9]{2}</strong> stars.*"), page);
        assertTrue(page.matches("(?s).*from [0-9]+ ratings; [+-][0-9]\\.[0-9]{2} stars over the last 14 days against the 14"
                + " before.*"), page);
    }

    static List<String> kinds(JsonNode answer) {
        List<String> kinds = new ArrayList<>();
        answer.get("insights").forEach(i -> kinds.add(i.get("kind").asText()));
        return kinds;
    }

    static List<String> historyHeadlines(JsonNode answer) {
        List<String> headlines = new ArrayList<>();
        answer.get("insights").forEach(i -> {
            if (i.get("kind").asText().equals("history")) {
                headlines.add(i.get("headline").asText());
            }
        });
        return headlines;
    }

    @Test
    void an_agency_user_never_receives_a_cost_margin_or_contribution_figure() {
        WebClient agency = as("agency");
        List<String> totals = totals();
        Map<String, List<String>> routes = new java.util.LinkedHashMap<>();
        for (String route : List.of("/", "/actions", "/actions?status=awaiting", "/model", "/audit", "/insights",
                "/api/dashboard", "/api/actions", "/api/insights", "/api/audit", "/api/model")) {
            routes.put(route, totals);
        }
        // Every route, with a sample of SKUs and actions: the first of each and every action of each type.
        for (SkuEconomics sku : skus().subList(0, 25)) {
            routes.put("/skus/" + sku.sku().value(), secrets(sku));
            routes.put("/api/skus/" + sku.sku().value(), secrets(sku));
        }
        List<LedgerEntry> entries = session.ledger().list(Optional.empty());
        List<LedgerEntry> sample = new ArrayList<>(entries.subList(0, 15));
        for (ActionType type : ActionType.values()) {
            entries.stream().filter(e -> e.action().type() == type).limit(5).forEach(sample::add);
        }
        for (LedgerEntry entry : sample) {
            routes.put("/actions/" + entry.id(), totals);
            routes.put("/api/actions/" + entry.id(), totals);
        }
        for (Map.Entry<String, List<String>> route : routes.entrySet()) {
            WebClient.Reply reply = agency.get(route.getKey());
            assertTrue(reply.status() == 200 || reply.status() == 404, route + " answered " + reply.status());
            for (String secret : route.getValue()) {
                assertFalse(reply.body().contains(secret), route.getKey() + " shows " + secret);
            }
            for (String word : List.of("\"cm1\"", "\"cm2\"", "\"waterfall\"", "\"detail\"", "CM1", "CM2", "Cost of goods",
                    "break even acos", "order value")) {
                assertFalse(reply.body().contains(word), route.getKey() + " shows " + word);
            }
        }
        WebClient.Reply report = agency.get("/report");
        assertEquals(403, report.status());
        assertTrue(report.body().contains("the holistic report shows contribution figures, which your role does not see"));
        assertEquals(404, agency.get("/api/actions/" + restockId()).status());
    }

    @Test
    void finance_sees_the_contribution_the_agency_may_not() {
        JsonNode dashboard = as("finance").get("/api/dashboard").json();
        assertTrue(dashboard.get("cm2").asText().endsWith("%)"), dashboard.toString());
        assertTrue(dashboard.get("cm2").asText().startsWith(totals().get(2) + " ("), dashboard.toString());
        SkuEconomics sku = skus().get(0);
        JsonNode page = as("finance").get("/api/skus/" + sku.sku().value()).json();
        assertEquals(money(sku.contributionAfterAds()), page.get("cm2").asText());
        assertEquals("Revenue", page.get("waterfall").get(0).get("name").asText());
    }

    private List<LedgerEntry> awaiting() {
        return session.ledger().list(Optional.of(Status.AWAITING));
    }

    private String restockId() {
        return session.ledger().list(Optional.empty()).stream()
                .filter(e -> e.action().type() == ActionType.RESTOCK_ORDER).findFirst().orElseThrow().id();
    }

    private List<SkuEconomics> skus() {
        return session.economics().skus(session.loop().window());
    }

    /**
     * A SKU's CM1, CM2 and cost of goods, as its page would print them; amounts under 10 are left out, as a bid may
     * equal them by chance (unit costs likewise).
     */
    private static List<String> secrets(SkuEconomics sku) {
        return java.util.stream.Stream.of(sku.contributionBeforeAds(), sku.contributionAfterAds(), sku.cogs())
                .filter(m -> m.amount().abs().compareTo(java.math.BigDecimal.TEN) >= 0)
                .map(WebAppIT::money)
                .toList();
    }

    /** The brand's CM1 and CM2 over the window, as the dashboard would print them. */
    private List<String> totals() {
        Money cm1 = skus().stream().map(SkuEconomics::contributionBeforeAds).reduce(Money::plus).orElseThrow();
        Money cm2 = skus().stream().map(SkuEconomics::contributionAfterAds).reduce(Money::plus).orElseThrow();
        Money campaigns = session.economics().adProductSpend(session.loop().window()).stream()
                .filter(spend -> !spend.source().allocatedToSkus())
                .map(AdProductSpend::spend)
                .reduce(Money.zero(cm2.currency()), Money::plus);
        return List.of(money(cm1), money(cm2), money(cm2.minus(campaigns)));
    }

    /** As the pages print money: to the cent, thousands grouped with ',' ({@code 12,345.67 USD}). */
    private static String money(Money money) {
        String plain = money.amount().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        StringBuilder grouped = new StringBuilder(digits.substring(digits.indexOf('.')));
        String whole = digits.substring(0, digits.indexOf('.'));
        for (int end = whole.length(); end > 0; end -= 3) {
            grouped.insert(0, whole.substring(Math.max(0, end - 3), end)).insert(0, end > 3 ? "," : "");
        }
        return (negative ? "-" : "") + grouped + " " + money.currency().getCurrencyCode();
    }

    @Test
    void in_a_browser_each_role_signs_in_to_its_dashboard_and_every_page_reads() {
        try (Browser browser = Browser.open(app.port(), temp.resolve("profile-roles"))) {
            for (String role : List.of("cmo", "finance", "ecommerce", "marketing", "agency")) {
                browser.signIn(role, PASSWORD);
                assertEquals("/", browser.path());
                assertEquals(role + " (" + role + ")", browser.find("#who").getText());
                assertEquals(!role.equals("agency"), browser.text().contains("CM2"), role);
                browser.screenshot("dashboard-" + role);
                browser.signOut();
                assertEquals("/login", browser.path());
            }
            browser.go("/login");
            browser.screenshot("login");
            browser.signIn("cmo", PASSWORD);
            SkuEconomics sku = skus().get(0);
            for (String[] page : new String[][] {{"/actions", "actions"}, {"/actions?status=awaiting", "actions-awaiting"},
                    {"/model", "operating-model"}, {"/audit", "audit-log"}, {"/insights", "insights"},
                    {"/skus/" + sku.sku().value(), "sku"}, {"/report", "report"}}) {
                browser.go(page[0]);
                assertFalse(browser.text().isBlank(), page[0]);
                browser.screenshot(page[1]);
            }
            browser.go("/actions/" + session.ledger().list(Optional.empty()).get(0).id());
            browser.screenshot("action");
        }
    }

    @Test
    void in_a_browser_the_wrong_role_cannot_decide_and_the_right_role_approves_into_the_audit_log() {
        try (Browser browser = Browser.open(app.port(), temp.resolve("profile-approve"))) {
            LedgerEntry entry = awaiting().get(0);
            String role = entry.awaiting().orElseThrow().key();
            String other = role.equals("marketing") ? "agency" : "marketing";
            browser.signIn(other, PASSWORD);
            browser.go("/actions/" + entry.id());
            assertFalse(browser.has("#approve"));
            assertEquals("awaits " + role + "; your role (" + other + ") holds no right to decide it",
                    browser.find("#right-note").getText());
            browser.screenshot("action-refused-" + other);
            browser.signOut();
            browser.signIn(role, PASSWORD);
            browser.go("/actions/" + entry.id());
            browser.find("#comment").sendKeys("stock is low, order it");
            browser.clickAndWait("#approve");
            assertEquals(entry.id() + " is now approved", browser.find("#message").getText());
            assertEquals("approved", browser.find("#status").getText());
            browser.screenshot("action-approved");
            browser.go("/audit");
            assertTrue(browser.find("#verification").getText().startsWith("intact"));
            String firstRow = browser.find("#audit tbody tr").getText();
            assertTrue(firstRow.contains(role) && firstRow.contains("approved") && firstRow.contains(entry.id()), firstRow);
            browser.screenshot("audit-after-approval");
        }
    }
}
