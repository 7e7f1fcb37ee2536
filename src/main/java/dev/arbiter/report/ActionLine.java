package dev.arbiter.report;

import dev.arbiter.model.ActionType;
import dev.arbiter.model.Rationale;
import java.util.Locale;
import java.util.Objects;

/**
 * One action as the report shows it, mapped from a ledger entry by the caller so the report never depends
 * on {@code govern}.
 *
 * @param status a life-cycle word of DESIGN.md: proposed, auto_approved, awaiting, blocked, approved,
 *     rejected, executed or measured (case and dashes are forgiven)
 * @param owner the role an awaiting action waits for, or the guardrail that blocked it
 */
public record ActionLine(String id, ActionType type, String description, String status, String owner, Rationale rationale) {

    public ActionLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(rationale, "rationale");
        status = status.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        Stage.of(status);
    }

    /** Where the action stands for the report's last section. */
    public Stage stage() {
        return Stage.of(status);
    }

    /** The report's grouping of the action life-cycle: taken, awaiting a role, blocked by a guardrail, rejected. */
    public enum Stage {
        TAKEN,
        AWAITING,
        BLOCKED,
        REJECTED;

        static Stage of(String status) {
            return switch (status) {
                case "auto_approved", "approved", "executed", "measured" -> TAKEN;
                case "proposed", "awaiting" -> AWAITING;
                case "blocked" -> BLOCKED;
                case "rejected" -> REJECTED;
                default -> throw new IllegalArgumentException("unknown action status '" + status
                        + "'; expected one of proposed, auto_approved, awaiting, blocked, approved, rejected, executed, measured");
            };
        }
    }
}
