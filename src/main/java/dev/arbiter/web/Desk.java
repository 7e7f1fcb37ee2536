package dev.arbiter.web;

import dev.arbiter.govern.AuditEntry;
import dev.arbiter.govern.DecisionOutcome;
import dev.arbiter.govern.LedgerEntry;
import dev.arbiter.govern.Status;
import dev.arbiter.model.ActionType;
import dev.arbiter.policy.Role;
import dev.arbiter.policy.User;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.NotFoundResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What pages and the API both do with actions and sign-ins, so both enforce the same rules. */
final class Desk {
    private final Backend backend;

    Desk(Backend backend) {
        this.backend = backend;
    }

    /** Who signs in with this name and password, or why not. */
    Optional<User> signIn(String name, String password, StringBuilder reason) {
        Credentials.SignIn answer = backend.credentials().check(name == null ? "" : name, password == null ? "" : password);
        Optional<User> user = backend.model().user(name == null ? "" : name);
        if (!answer.accepted() || user.isEmpty()) {
            reason.append(answer.accepted() ? "unknown user or wrong password" : answer.message());
            return Optional.empty();
        }
        return user;
    }

    Views.Inbox inbox(Viewer viewer, String status, String type, String role) {
        Optional<Status> wantedStatus = parse("status", status, Status.values(), ActionViews::key);
        Optional<ActionType> wantedType = parse("type", type, ActionType.values(), ActionType::key);
        Optional<Role> wantedRole = parse("role", role, Role.values(), Role::key);
        ActionViews actions = new ActionViews(viewer);
        List<Views.ActionRow> rows = backend.ledger().list(wantedStatus).stream()
                .filter(actions::visible)
                .filter(e -> wantedType.isEmpty() || e.action().type() == wantedType.get())
                .filter(e -> wantedRole.isEmpty() || e.awaiting().equals(wantedRole))
                .map(actions::row)
                .toList();
        return new Views.Inbox(blank(status), blank(type), blank(role), ActionViews.statuses(),
                Arrays.stream(ActionType.values()).map(ActionType::key).toList(),
                Arrays.stream(Role.values()).map(Role::key).toList(), rows.size(), rows);
    }

    Views.ActionDetail action(Viewer viewer, String id) {
        LedgerEntry entry = visibleEntry(viewer, id);
        List<AuditEntry> history = backend.audit().entries().stream().filter(a -> a.subject().equals(id)).toList();
        return new ActionViews(viewer).detail(entry, history);
    }

    DecisionOutcome decide(Viewer viewer, String id, boolean approve, String comment) {
        visibleEntry(viewer, id);
        String text = comment == null ? "" : comment.strip();
        if (text.length() > 500) {
            throw new BadRequestResponse("a comment holds at most 500 characters, got " + text.length());
        }
        return approve ? backend.ledger().approve(id, viewer.user(), text) : backend.ledger().reject(id, viewer.user(), text);
    }

    private LedgerEntry visibleEntry(Viewer viewer, String id) {
        return backend.ledger().find(id).filter(new ActionViews(viewer)::visible)
                .orElseThrow(() -> new NotFoundResponse("no action with id '" + id + "'"));
    }

    private static <T> Optional<T> parse(String name, String value, T[] values, java.util.function.Function<T, String> key) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Optional.of(Arrays.stream(values).filter(v -> key.apply(v).equals(wanted)).findFirst()
                .orElseThrow(() -> new BadRequestResponse("unknown " + name + " '" + value + "'; use one of "
                        + Arrays.stream(values).map(key).toList())));
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
