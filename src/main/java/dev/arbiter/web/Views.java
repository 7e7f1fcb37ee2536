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

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dashboard(String brand, String window, String revenue, String cm1, String cm2, String tacos,
            long units, String inStockRate, String buyBoxShare, int awaitingMe, List<ActionRow> awaiting, Spark revenueTrend,
            Spark cm2Trend, Spark tacosTrend, Spark unitsTrend) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionRow(String id, String type, String description, String status, String owner, String awaiting,
            String sku, String summary) {}

    public record FigureRow(String name, String value) {}

    public record CheckRow(String guardrail, boolean passed, String detail) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AuditRow(long seq, String at, String actor, String event, String subject, String detail) {}

    public record ActionDetail(ActionRow action, String verdict, List<FigureRow> figures, List<CheckRow> checks,
            List<AuditRow> history, boolean canDecide, String rightNote) {}

    public record Inbox(String status, String type, String role, List<String> statuses, List<String> types,
            List<String> roles, int total, List<ActionRow> actions) {}

    public record GuardrailRow(String id, String owner, String appliesTo, String severity, String require, String because) {}

    public record RightRow(String type, List<String> cells, String autoWithin, boolean reversible) {}

    public record BudgetRow(String portfolio, String kind, String monthly, String condition, boolean released) {}

    public record Model(List<GuardrailRow> guardrails, List<String> roles, List<RightRow> rights, List<BudgetRow> budgets) {}

    public record Audit(boolean intact, long entries, String verification, List<AuditRow> latest) {}

    public record InsightRow(String kind, String sku, String target, String headline) {}

    public record InsightList(String window, List<InsightRow> insights) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(String name, String amount, int offsetPct, int widthPct, boolean negative) {}

    public record TargetRow(String target, long clicks, long orders, String spend, String sales, String acos, String bid) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SkuPage(String sku, String title, String category, String objective, String marginTier, String revenue,
            long units, String cm1, String cm2, String cm2Pct, List<Step> waterfall, long available, long inbound,
            String unitsPerDay, String daysOfCover, String inStockRate, String buyBoxShare, Spark unitsTrend,
            Spark buyBoxTrend, List<TargetRow> targets, List<ActionRow> actions) {}
}
