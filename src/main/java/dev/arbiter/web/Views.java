package dev.arbiter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What each page shows, as plain values: the HTML templates render them and the JSON API returns them, so both
 * carry exactly what the viewer may see. Figures the viewer may not see are null and left out of the JSON.
 */
public final class Views {
    private Views() {}

    /** A path segment, percent-encoded (SKUs may hold spaces and slashes). */
    public static String segment(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The frame every page shares: whose screen this is, the CSRF token for its forms, the active tab. */
    public record Shell(String brand, String user, String role, String csrf, String page, boolean seesMoney) {}

    /** One sparkline: the polyline's points in a 120 × 28 box, and what it draws. */
    public record Spark(String points, String label) {}

    /** The brand's headline figures over the window and what awaits the viewer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dashboard(String brand, String window, String revenue, String cm1, String cm2, String tacos,
            long units, String inStockRate, String buyBoxShare, int awaitingMe, List<ActionRow> awaiting, Spark revenueTrend,
            Spark cm2Trend, Spark tacosTrend, Spark unitsTrend) {}

    /** One action in a list: what it changes, where it stands and who holds it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionRow(String id, String type, String description, String status, String owner, String awaiting,
            String sku, String summary) {}

    /** One rationale figure, formatted. */
    public record FigureRow(String name, String value) {}

    /** One guardrail check of an action's verdict; its detail (the values checked) only for full visibility. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CheckRow(String guardrail, boolean passed, String detail) {}

    /** One audit-log entry; its detail is left out for margin-tier viewers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AuditRow(long seq, String at, String actor, String event, String subject, String detail) {}

    /** One action with its verdict, figures, checks, history and whether the viewer may decide it. */
    public record ActionDetail(ActionRow action, String verdict, List<FigureRow> figures, List<CheckRow> checks,
            List<AuditRow> history, boolean canDecide, String rightNote) {}

    /** The action inbox: the filters applied, their choices, and the actions that pass them. */
    public record Inbox(String status, String type, String role, List<String> statuses, List<String> types,
            List<String> roles, int total, List<ActionRow> actions) {}

    /** One guardrail of the operating model. */
    public record GuardrailRow(String id, String owner, String appliesTo, String severity, String require, String because) {}

    /** One action type's row of the decision-rights matrix, a cell per role. */
    public record RightRow(String type, List<String> cells, String autoWithin, boolean reversible) {}

    /** One conditional budget and whether its condition releases it now. */
    public record BudgetRow(String portfolio, String kind, String monthly, String condition, boolean released) {}

    /** The operating model: guardrails, decision rights and budgets. */
    public record Model(List<GuardrailRow> guardrails, List<String> roles, List<RightRow> rights, List<BudgetRow> budgets) {}

    /** The audit log's verification and its latest entries. */
    public record Audit(boolean intact, long entries, String verification, List<AuditRow> latest) {}

    /** One de-averaged finding, linked to its SKU. */
    public record InsightRow(String kind, String sku, String target, String headline) {}

    /** The window's findings. */
    public record InsightList(String window, List<InsightRow> insights) {}

    /** One bar of the economics waterfall, as percentages of revenue. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(String name, String amount, int offsetPct, int widthPct, boolean negative) {}

    /** One target advertising a SKU, over the window. */
    public record TargetRow(String target, long clicks, long orders, String spend, String sales, String acos, String bid) {}

    /** Everything about one SKU; cost and contribution figures are null for margin-tier viewers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SkuPage(String sku, String title, String category, String objective, String marginTier, String revenue,
            long units, String cm1, String cm2, String cm2Pct, List<Step> waterfall, long available, long inbound,
            String unitsPerDay, String daysOfCover, String inStockRate, String buyBoxShare, Spark unitsTrend,
            Spark buyBoxTrend, List<TargetRow> targets, List<ActionRow> actions, String rating, String ratingNote,
            Spark ratingTrend) {}
}
