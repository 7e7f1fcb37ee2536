package dev.arbiter.web;

import dev.arbiter.govern.DecisionOutcome;
import dev.arbiter.policy.User;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import java.util.Optional;

/** The HTML pages: each parses its request, asks {@link Desk} or a view builder, and renders one template. */
final class PageRoutes {
    private final WebApp app;
    private final Desk desk;

    PageRoutes(WebApp app) {
        this.app = app;
        this.desk = new Desk(app.backend());
    }

    void register(Javalin javalin) {
        javalin.get("/login", ctx -> login(ctx, ""));
        javalin.post("/login", this::signIn);
        javalin.post("/logout", ctx -> {
            app.signOut(ctx);
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
        });
        javalin.get("/", guarded(ctx -> render(ctx, "dashboard", "dashboard",
                DashboardViews.of(app.backend(), WebApp.viewer(ctx)))));
        javalin.get("/actions", guarded(ctx -> render(ctx, "inbox", "actions", desk.inbox(WebApp.viewer(ctx),
                ctx.queryParam("status"), ctx.queryParam("type"), ctx.queryParam("role")))));
        javalin.get("/actions/{id}", guarded(ctx -> action(ctx, Optional.ofNullable(ctx.queryParam("done")).orElse(""))));
        javalin.post("/actions/{id}/approve", guarded(ctx -> decide(ctx, true)));
        javalin.post("/actions/{id}/reject", guarded(ctx -> decide(ctx, false)));
        javalin.get("/model", guarded(ctx -> render(ctx, "model", "model", GovernanceViews.model(app.backend()))));
        javalin.get("/audit", guarded(ctx -> render(ctx, "audit", "audit",
                GovernanceViews.audit(app.backend(), WebApp.viewer(ctx)))));
        javalin.get("/insights", guarded(ctx -> render(ctx, "insights", "insights",
                GovernanceViews.insights(app.backend(), WebApp.viewer(ctx)))));
        javalin.get("/skus/{sku}", guarded(ctx -> render(ctx, "sku", "dashboard",
                SkuViews.of(app.backend(), WebApp.viewer(ctx), ctx.pathParam("sku"))
                        .orElseThrow(() -> new NotFoundResponse("no SKU '" + ctx.pathParam("sku") + "' sold in the window")))));
        javalin.get("/report", guarded(this::report));
        javalin.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e));
    }

    /** Runs a handler alone: the workspace's database connection serves one request at a time. */
    static Handler guarded(WebApp app, Handler handler) {
        return ctx -> {
            synchronized (app.lock()) {
                handler.handle(ctx);
            }
        };
    }

    private Handler guarded(Handler handler) {
        return guarded(app, handler);
    }

    private void login(Context ctx, String message) {
        ctx.html(app.templates().render("login.jte", Map.of("brand", app.backend().brand(), "message", message)));
    }

    private void signIn(Context ctx) {
        StringBuilder reason = new StringBuilder();
        Optional<User> user;
        synchronized (app.lock()) {
            user = desk.signIn(ctx.formParam("user"), ctx.formParam("password"), reason);
        }
        if (user.isEmpty()) {
            ctx.status(HttpStatus.UNAUTHORIZED);
            login(ctx, reason.toString());
            return;
        }
        app.signIn(ctx, user.get());
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void action(Context ctx, String message) {
        Viewer viewer = WebApp.viewer(ctx);
        ctx.html(app.templates().render("action.jte", Map.of("shell", app.shell(viewer, "actions"),
                "view", desk.action(viewer, ctx.pathParam("id")), "message", message)));
    }

    private void decide(Context ctx, boolean approve) {
        Viewer viewer = WebApp.viewer(ctx);
        String id = ctx.pathParam("id");
        DecisionOutcome outcome = desk.decide(viewer, id, approve, ctx.formParam("comment"));
        if (!outcome.accepted()) {
            throw new ForbiddenResponse(outcome.describe());
        }
        ctx.redirect("/actions/" + id + "?done=" + java.net.URLEncoder.encode(outcome.describe(),
                java.nio.charset.StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }

    private void report(Context ctx) {
        if (!WebApp.viewer(ctx).seesMoney()) {
            throw new ForbiddenResponse("the holistic report shows contribution figures, which your role does not see;"
                    + " the dashboard, insights and SKU pages show margin tiers");
        }
        ctx.html(app.backend().report().get());
    }

    private void render(Context ctx, String template, String page, Object view) {
        ctx.html(app.templates().render(template + ".jte", app.page(WebApp.viewer(ctx), page, view)));
    }

    private void problem(Context ctx, HttpResponseException e) {
        ctx.status(e.getStatus());
        if (ctx.path().startsWith("/api/")) {
            ctx.json(Map.of("error", e.getMessage()));
            return;
        }
        Viewer viewer = ctx.attribute("viewer");
        if (viewer == null) {
            ctx.contentType("text/plain; charset=utf-8").result(e.getMessage());
            return;
        }
        String title = e.getStatus() == 403 ? "Not allowed" : e.getStatus() == 404 ? "Not found" : "Cannot do that";
        ctx.html(app.templates().render("problem.jte", Map.of("shell", app.shell(viewer, ""), "title", title,
                "message", e.getMessage())));
    }
}
