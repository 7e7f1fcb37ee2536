package dev.arbiter.report;

import dev.arbiter.economics.SkuTrend;
import dev.arbiter.insights.Alert;
import dev.arbiter.model.Figure;
import dev.arbiter.model.Sku;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The alerts of a window grouped by kind (retail/media conflicts first, then each operating-model rule), and the SKUs
 * they concern with their rating and sales trends, so a reader sees each alert's numbers next to where the SKU is going.
 */
public record AlertsSection(List<Group> groups, List<SkuLine> skus) {
    private static final Map<String, String> TITLES = Map.of(
            "media_on_fragile_stock", "Media pressure on fragile stock",
            "strategic_sku_without_media", "Launch and growth SKUs without media",
            "low_margin_absorbs_spend", "Low-margin SKUs absorbing ad spend");

    public AlertsSection {
        groups = List.copyOf(groups);
        skus = List.copyOf(skus);
    }

    /** Alerts of one kind, in the order they were raised. */
    public record Group(String kind, String title, List<Line> alerts) {
        public Group {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(title, "title");
            alerts = List.copyOf(alerts);
        }
    }

    /** One alert: the SKU, the sentence and its figures. */
    public record Line(Sku sku, String summary, List<Figure> figures) {
        public Line {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(summary, "summary");
            figures = List.copyOf(figures);
        }
    }

    /** A SKU some alert concerns, with its trends (NaN where not known) and how many alerts name it. */
    public record SkuLine(Sku sku, SkuTrend trend, int alerts) {
        public SkuLine {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(trend, "trend");
        }
    }

    /** Groups the alerts by kind, in the order kinds first appear, and lists their SKUs in SKU order. */
    public static AlertsSection of(List<Alert> alerts, Map<Sku, SkuTrend> trends) {
        Map<String, List<Line>> byKind = new LinkedHashMap<>();
        Map<Sku, Integer> counts = new LinkedHashMap<>();
        for (Alert alert : alerts) {
            byKind.computeIfAbsent(alert.kind(), k -> new ArrayList<>())
                    .add(new Line(alert.sku(), alert.summary(), alert.figures()));
            counts.merge(alert.sku(), 1, Integer::sum);
        }
        List<Group> groups = new ArrayList<>();
        byKind.forEach((kind, lines) -> groups.add(new Group(kind, title(kind), lines)));
        List<SkuLine> skus = counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new SkuLine(e.getKey(), trends.getOrDefault(e.getKey(), SkuTrend.unknown(e.getKey())),
                        e.getValue()))
                .toList();
        return new AlertsSection(groups, skus);
    }

    /** The heading of a kind: a conflict's name, or {@code Rule fix-the-listing} for {@code rule:fix-the-listing}. */
    static String title(String kind) {
        if (kind.startsWith("rule:")) {
            return "Rule " + kind.substring("rule:".length());
        }
        return TITLES.getOrDefault(kind, kind.replace('_', ' '));
    }

    /** How many alerts the section holds. */
    public int count() {
        return groups.stream().mapToInt(g -> g.alerts().size()).sum();
    }
}
