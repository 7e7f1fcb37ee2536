package dev.arbiter.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps values of a domain onto pixels, linearly, with grid lines every {@code step}. The domain always
 * includes zero, so bars start at a baseline and their lengths stay proportional to their values.
 */
record LinearScale(double domainMin, double domainMax, double step, double rangeFrom, double rangeTo) {

    LinearScale {
        if (!(step > 0)) {
            throw new IllegalArgumentException("a scale needs a positive step, got " + step);
        }
        if (!(domainMax > domainMin)) {
            domainMax = domainMin + step;
        }
    }

    /** A scale over the values and zero, widened to round tick steps. */
    static LinearScale including(List<Double> values, double rangeFrom, double rangeTo) {
        return including(values, rangeFrom, rangeTo, 0);
    }

    /** The same, with steps no finer than {@code minimumStep} (1 for counts of things). */
    static LinearScale including(List<Double> values, double rangeFrom, double rangeTo, double minimumStep) {
        double min = Math.min(0, values.stream().mapToDouble(Double::doubleValue).min().orElse(0));
        double max = Math.max(0, values.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        if (max == min) {
            max = min + Math.max(1, minimumStep);
        }
        double step = Math.max(minimumStep, step(min, max));
        return new LinearScale(Math.floor(min / step) * step, Math.ceil(max / step) * step, step, rangeFrom, rangeTo);
    }

    double at(double value) {
        return rangeFrom + (value - domainMin) / (domainMax - domainMin) * (rangeTo - rangeFrom);
    }

    /** Round values from domainMin to domainMax at which to draw grid lines. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round((domainMax - domainMin) / step);
        for (long i = 0; i <= count; i++) {
            double tick = domainMin + i * step;
            ticks.add(Math.abs(tick) < step / 1e6 ? 0 : tick);
        }
        return ticks;
    }

    /** A step of 1, 2 or 5 times a power of ten giving about five intervals (three to eight). */
    private static double step(double min, double max) {
        double raw = (max - min) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        return nice * magnitude;
    }
}
