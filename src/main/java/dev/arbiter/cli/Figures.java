package dev.arbiter.cli;

import dev.arbiter.model.Figure;
import java.math.RoundingMode;
import java.util.Locale;

/** How a rationale figure reads on a terminal. */
final class Figures {
    private Figures() {}

    static String format(Figure figure) {
        return switch (figure.unit()) {
            case MONEY -> figure.value().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
            case RATIO -> String.format(Locale.ROOT, "%.1f%%", figure.value().doubleValue() * 100);
            case COUNT -> figure.value().setScale(0, RoundingMode.HALF_EVEN).toPlainString();
            case DAYS -> String.format(Locale.ROOT, "%.1fd", figure.value().doubleValue());
            case UNITS_PER_DAY -> String.format(Locale.ROOT, "%.2f/day", figure.value().doubleValue());
            case STARS -> String.format(Locale.ROOT, "%.2f stars", figure.value().doubleValue());
            case NUMBER -> String.format(Locale.ROOT, "%.2f", figure.value().doubleValue());
        };
    }
}
