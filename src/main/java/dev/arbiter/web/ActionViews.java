package dev.arbiter.web;

import dev.arbiter.govern.AuditEntry;
import dev.arbiter.govern.LedgerEntry;
import dev.arbiter.govern.Status;
import dev.arbiter.model.ActionType;
import dev.arbiter.model.Figure;
import dev.arbiter.model.Sku;
import dev.arbiter.policy.Role;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Actions as a viewer may see them. A margin-tier viewer (the agency) never sees restock orders, whose value is
 * a cost, nor price changes, whose rationale is the SKU's contribution, nor the rationale figures that reveal a margin
 * or a cost.
 */
final class ActionViews {
    /** Rationale figures that carry a cost or a margin. */
    static final Set<String> CONFIDENTIAL_FIGURES = Set.of("break_even_acos", "order_value", "unit_cost",
            "cm1_margin", "marginal_contribution_before", "marginal_contribution_after");

    private final Viewer viewer;

    ActionViews(Viewer viewer) {
        this.viewer = viewer;
    }

    boolean visible(LedgerEntry entry) {
        return viewer.seesMoney()
                || (entry.action().type() != ActionType.RESTOCK_ORDER && entry.action().type() != ActionType.PRICE_CHANGE);
    }

    Views.ActionRow row(LedgerEntry entry) {
        return new Views.ActionRow(entry.id(), entry.action().type().key(), entry.action().describe(), key(entry.status()),
                entry.owner(), entry.awaiting().map(Role::key).orElse(null),
                entry.action().servedSku().map(Sku::value).orElse(null), entry.action().rationale().summary());
    }

    Views.ActionDetail detail(LedgerEntry entry, List<AuditEntry> history) {
        List<Views.FigureRow> figures = entry.action().rationale().figures().stream()
                .filter(f -> viewer.seesMoney() || !CONFIDENTIAL_FIGURES.contains(f.name()))
                .map(ActionViews::figure)
                .toList();
        List<Views.CheckRow> checks = entry.classification().checks().stream()
                .map(c -> new Views.CheckRow(c.guardrailId(), c.passed(), viewer.seesMoney() ? c.detail() : null))
                .toList();
        List<Views.AuditRow> rows = history.stream().map(this::audit).toList();
        Optional<Role> awaited = entry.awaiting();
        boolean canDecide = awaited.isPresent() && (awaited.get() == viewer.role() || viewer.role() == Role.CMO);
        String note = awaited.map(role -> canDecide ? "awaits " + role.key() + "; your role may decide it"
                        : "awaits " + role.key() + "; your role (" + viewer.role().key() + ") holds no right to decide it")
                .orElse("no decision pending: the action is " + key(entry.status()));
        return new Views.ActionDetail(row(entry), entry.classification().verdict().describe(), figures, checks, rows,
                canDecide, note);
    }

    Views.AuditRow audit(AuditEntry entry) {
        return new Views.AuditRow(entry.seq(), entry.at().toString(), entry.actor(), entry.event(), entry.subject(),
                viewer.seesMoney() ? entry.detail() : null);
    }

    static String key(Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    static List<String> statuses() {
        return Arrays.stream(Status.values()).map(ActionViews::key).toList();
    }

    private static Views.FigureRow figure(Figure figure) {
        String value = switch (figure.unit()) {
            case RATIO -> Display.percent(figure.value().doubleValue());
            case MONEY -> figure.value().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
            case COUNT -> figure.value().setScale(0, RoundingMode.HALF_EVEN).toPlainString();
            case DAYS -> Display.number(figure.value().doubleValue(), 1) + " days";
            case UNITS_PER_DAY -> Display.number(figure.value().doubleValue(), 2) + " / day";
            case STARS -> Display.number(figure.value().doubleValue(), 2) + " stars";
            case NUMBER -> Display.number(figure.value().doubleValue(), 2);
        };
        return new Views.FigureRow(figure.name().replace('_', ' '), value);
    }
}
