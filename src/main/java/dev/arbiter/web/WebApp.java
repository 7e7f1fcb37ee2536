package dev.arbiter.web;

import dev.arbiter.policy.User;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Arbiter's web app: pages and a JSON API over one workspace, for signed-in users of the operating model. Every
 * request is checked here: a session cookie (HTTP-only, Secure, SameSite=Strict) and, on each state change, the
 * session's CSRF token (form field {@code csrf} or header {@code X-CSRF-Token}).
 */
public final class WebApp implements AutoCloseable {
    static final String COOKIE = "arbiter_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String VIEWER = "viewer";

    private final Backend backend;
    private final Sessions sessions;
    private final Templates templates = new Templates();
    private final Javalin javalin;
    private final Object lock = new Object();

    private WebApp(Backend backend) {
        this.backend = backend;
        this.sessions = new Sessions(backend.clock());
        this.javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.defaultContentType = "text/html; charset=utf-8";
        });
        javalin.before(this::guard);
        javalin.after(WebApp::secureHeaders);
        new PageRoutes(this).register(javalin);
        new ApiRoutes(this).register(javalin);
        byte[] css = readCss();
        javalin.get("/app.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(css));
    }

    /** Starts serving on the host (127.0.0.1 unless told otherwise) and port (0 for any free port). */
    public static WebApp start(Backend backend, String host, int port) {
        WebApp app = new WebApp(backend);
        app.javalin.start(host, port);
        return app;
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }

    Backend backend() {
        return backend;
    }

    Templates templates() {
        return templates;
    }

    Object lock() {
        return lock;
    }

    /** The signed-in viewer of a request that passed {@link #guard}. */
    static Viewer viewer(Context ctx) {
        return Objects.requireNonNull(ctx.attribute(VIEWER), "no viewer: the route is not guarded");
    }

    Views.Shell shell(Viewer viewer, String page) {
        return new Views.Shell(backend.brand(), viewer.name(), viewer.role().key(), viewer.csrf(), page, viewer.seesMoney());
    }

    /** Signs a user in after their password checked out; sets the session cookie. */
    Viewer signIn(Context ctx, User user) {
        String token = sessions.open(user, backend.model().visibilityOf(user.role()));
        Cookie cookie = new Cookie(COOKIE, token, "/", (int) Sessions.LIFETIME.toSeconds(), true, 0, true, null, null,
                SameSite.STRICT);
        ctx.cookie(cookie);
        return sessions.find(token).orElseThrow();
    }

    void signOut(Context ctx) {
        sessions.close(ctx.cookie(COOKIE));
        ctx.removeCookie(COOKIE, "/");
    }

    private void guard(Context ctx) {
        String path = ctx.path();
        if (path.equals("/login") || path.equals("/api/login") || path.equals("/app.css")) {
            return;
        }
        Optional<Viewer> viewer = sessions.find(ctx.cookie(COOKIE));
        if (viewer.isEmpty()) {
            if (path.startsWith("/api/")) {
                throw new UnauthorizedResponse("sign in first: POST /api/login with {\"user\", \"password\"}");
            }
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        if (ctx.method().name().equals("POST")) {
            String sent = Optional.ofNullable(ctx.header(CSRF_HEADER)).orElseGet(() -> formCsrf(ctx));
            if (sent == null || !java.security.MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                    viewer.get().csrf().getBytes(StandardCharsets.UTF_8))) {
                throw new ForbiddenResponse("missing or wrong CSRF token: send the token from sign-in in the "
                        + CSRF_HEADER + " header (or the form's csrf field)");
            }
        }
        ctx.attribute(VIEWER, viewer.get());
    }

    private static String formCsrf(Context ctx) {
        String type = Optional.ofNullable(ctx.contentType()).orElse("");
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")
                ? ctx.formParam("csrf") : null;
    }

    private static void secureHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline';"
                + " img-src 'self' data:; frame-ancestors 'none'; form-action 'self'");
    }

    private static byte[] readCss() {
        try (var in = WebApp.class.getResourceAsStream("app.css")) {
            return Objects.requireNonNull(in, "app.css is missing from the jar").readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    Map<String, Object> page(Viewer viewer, String page, Object view) {
        return Map.of("shell", shell(viewer, page), "view", view);
    }
}
