package dev.arbiter.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arbiter.govern.DecisionOutcome;
import dev.arbiter.policy.User;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The JSON API under {@code /api}: the same views and the same permissions as the pages. */
final class ApiRoutes {
    private final WebApp app;
    private final Desk desk;
    private final ObjectMapper json = new ObjectMapper();

    ApiRoutes(WebApp app) {
        this.app = app;
        this.desk = new Desk(app.backend());
    }

    void register(Javalin javalin) {
        javalin.post("/api/login", this::signIn);
        javalin.post("/api/logout", ctx -> {
            app.signOut(ctx);
            ctx.json(Map.of("signedOut", true));
        });
        javalin.get("/api/dashboard", guarded(ctx -> ctx.json(DashboardViews.of(app.backend(), WebApp.viewer(ctx)))));
        javalin.get("/api/actions", guarded(ctx -> ctx.json(desk.inbox(WebApp.viewer(ctx), ctx.queryParam("status"),
                ctx.queryParam("type"), ctx.queryParam("role")).actions())));
        javalin.get("/api/actions/{id}", guarded(ctx -> ctx.json(desk.action(WebApp.viewer(ctx), ctx.pathParam("id")))));
        javalin.post("/api/actions/{id}/approve", guarded(ctx -> decide(ctx, true)));
        javalin.post("/api/actions/{id}/reject", guarded(ctx -> decide(ctx, false)));
        javalin.get("/api/skus/{sku}", guarded(ctx -> ctx.json(SkuViews.of(app.backend(), WebApp.viewer(ctx),
                ctx.pathParam("sku")).orElseThrow(() -> new NotFoundResponse("no SKU '" + ctx.pathParam("sku")
                + "' sold in the window")))));
        javalin.get("/api/insights", guarded(ctx -> ctx.json(GovernanceViews.insights(app.backend(), WebApp.viewer(ctx)))));
        javalin.get("/api/audit", guarded(ctx -> ctx.json(GovernanceViews.audit(app.backend(), WebApp.viewer(ctx)))));
        javalin.get("/api/model", guarded(ctx -> ctx.json(GovernanceViews.model(app.backend()))));
    }

    private Handler guarded(Handler handler) {
        return PageRoutes.guarded(app, handler);
    }

    private void signIn(Context ctx) {
        JsonNode body = body(ctx);
        StringBuilder reason = new StringBuilder();
        Optional<User> user;
        synchronized (app.lock()) {
            user = desk.signIn(text(body, "user"), text(body, "password"), reason);
        }
        if (user.isEmpty()) {
            ctx.status(HttpStatus.UNAUTHORIZED).json(Map.of("error", reason.toString()));
            return;
        }
        Viewer viewer = app.signIn(ctx, user.get());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("user", viewer.name());
        answer.put("role", viewer.role().key());
        answer.put("visibility", viewer.visibility().key());
        answer.put("csrf", viewer.csrf());
        ctx.json(answer);
    }

    private void decide(Context ctx, boolean approve) {
        JsonNode body = ctx.body().isBlank() ? json.createObjectNode() : body(ctx);
        DecisionOutcome outcome = desk.decide(WebApp.viewer(ctx), ctx.pathParam("id"), approve, text(body, "comment"));
        if (!outcome.accepted()) {
            ctx.status(HttpStatus.FORBIDDEN).json(Map.of("error", outcome.describe()));
            return;
        }
        ctx.json(desk.action(WebApp.viewer(ctx), ctx.pathParam("id")));
    }

    private JsonNode body(Context ctx) {
        try {
            JsonNode node = json.readTree(ctx.body());
            if (node == null || !node.isObject()) {
                throw new BadRequestResponse("the body must be a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new BadRequestResponse("the body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
