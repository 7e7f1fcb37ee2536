package dev.arbiter.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * Vertical bars for a few groups, one bar per series in each group, negative values hanging below the
 * zero line: spend against CM2 by category, and the days-of-cover distribution (one series, counted in whole
 * SKUs, hence {@code minimumStep} 1; 0 lets the scale choose).
 */
record BarChart(String title, List<String> groups, List<Series> series, DoubleFunction<String> format, double minimumStep) {

    private static final double WIDTH = 1200;
    private static final double HEIGHT = 340;
    private static final double LEFT = 70;
    private static final double TOP = 40;
    private static final double BOTTOM = 50;
    private static final int LABEL_CHARS = 18;

    /** One named, coloured row of values, one value per group. */
    record Series(String name, String fill, List<Double> values) {
        Series {
            Objects.requireNonNull(name, "name");
            values = List.copyOf(values);
        }
    }

    BarChart {
        groups = List.copyOf(groups);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != groups.size()) {
                throw new IllegalArgumentException(s.name() + " has " + s.values().size() + " values for "
                        + groups.size() + " groups");
            }
        }
    }

    String render() {
        List<Double> all = new ArrayList<>();
        series.forEach(s -> all.addAll(s.values()));
        LinearScale y = LinearScale.including(all, HEIGHT - BOTTOM, TOP, minimumStep);
        Svg svg = new Svg(WIDTH, HEIGHT);
        for (double tick : y.ticks()) {
            svg.line(LEFT, y.at(tick), WIDTH - 10, y.at(tick), tick == 0 ? Svg.GREY : "#e3e6ea", false);
            svg.text(LEFT - 8, y.at(tick) + 4, format.apply(tick), "end", "axis");
        }
        double slot = (WIDTH - LEFT - 10) / Math.max(1, groups.size());
        double barWidth = Math.min(60, slot * 0.8 / Math.max(1, series.size()));
        double groupWidth = barWidth * series.size();
        for (int g = 0; g < groups.size(); g++) {
            double x0 = LEFT + g * slot + (slot - groupWidth) / 2;
            for (int s = 0; s < series.size(); s++) {
                Series one = series.get(s);
                double value = one.values().get(g);
                double top = Math.min(y.at(0), y.at(value));
                double x = x0 + s * barWidth;
                svg.bar(x, top, barWidth - 2, Math.abs(y.at(value) - y.at(0)), one.fill(), groups.get(g) + " · " + one.name(),
                        format.apply(value), groups.get(g) + " · " + one.name() + ": " + format.apply(value));
                if (groups.size() * series.size() <= 24) {
                    svg.text(x + barWidth / 2, value >= 0 ? top - 5 : top + Math.abs(y.at(value) - y.at(0)) + 14,
                            format.apply(value), "middle", "value");
                }
            }
            svg.text(LEFT + g * slot + slot / 2, HEIGHT - BOTTOM + 20, shortened(groups.get(g)), "middle", "axis");
        }
        double legendX = LEFT;
        for (Series s : series) {
            svg.legend(legendX, 18, s.fill(), s.name());
            legendX += 30 + s.name().length() * 8;
        }
        return svg.render(title);
    }

    private static String shortened(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "…";
    }
}
