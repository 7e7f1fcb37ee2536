package dev.arbiter.web;

import dev.arbiter.economics.SkuDay;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/** A daily series drawn as an SVG sparkline: the points of a polyline in a 120 × 28 box. */
record Trend(double[] values) {
    static final int WIDTH = 120;
    static final int HEIGHT = 28;

    /** Sums one measure per day over the given SKU-days, in day order. */
    static Trend daily(List<SkuDay> days, ToDoubleFunction<SkuDay> measure) {
        Map<LocalDate, Double> byDay = new TreeMap<>();
        for (SkuDay day : days) {
            byDay.merge(day.day(), measure.applyAsDouble(day), Double::sum);
        }
        return new Trend(byDay.values().stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The ratio of two daily sums, day by day (TACoS = spend / revenue); NaN days are drawn at zero. */
    static Trend ratio(Trend numerator, Trend denominator) {
        double[] ratio = new double[numerator.values.length];
        for (int i = 0; i < ratio.length; i++) {
            ratio[i] = denominator.values[i] == 0 ? 0 : numerator.values[i] / denominator.values[i];
        }
        return new Trend(ratio);
    }

    Views.Spark spark(String label) {
        if (values.length == 0) {
            return new Views.Spark("", label);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double span = max - min == 0 ? 1 : max - min;
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            double x = values.length == 1 ? 0 : (double) i * WIDTH / (values.length - 1);
            double y = HEIGHT - 2 - (values[i] - min) / span * (HEIGHT - 4);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return new Views.Spark(points.toString().trim(), label);
    }
}
