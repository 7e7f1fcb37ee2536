package dev.arbiter.ingest;

import dev.arbiter.model.Marketplace;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * The order a marketplace's reports write a slashed day in: month first in the US and Canada ({@code 03/01/2026} is
 * 1 March), day first in Europe, Mexico and India ({@code 01/03/2026}), year first in Japan ({@code 2026/03/01}).
 */
enum DateOrder {
    MONTH_FIRST("MM/dd/yyyy", "month first", "M/d/uuuu"),
    DAY_FIRST("dd/MM/yyyy", "day first", "d/M/uuuu"),
    YEAR_FIRST("yyyy/MM/dd", "year first", "uuuu/M/d");

    private final String shape;
    private final String words;
    private final DateTimeFormatter format;

    DateOrder(String shape, String words, String pattern) {
        this.shape = shape;
        this.words = words;
        this.format = DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The order {@code marketplace}'s reports write slashed days in. */
    static DateOrder of(Marketplace marketplace) {
        return switch (marketplace) {
            case US, CA -> MONTH_FIRST;
            case MX, UK, DE, FR, IT, ES, IN -> DAY_FIRST;
            case JP -> YEAR_FIRST;
        };
    }

    /** The day {@code text} names in this order, if it is one (a real day, not 31 February). */
    Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(LocalDate.parse(text, format));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** How a user would recognise the order: {@code MM/dd/yyyy (month first)}. */
    String describe() {
        return shape + " (" + words + ")";
    }
}
