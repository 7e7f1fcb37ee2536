package dev.arbiter.model;

import java.math.BigDecimal;
import java.util.Objects;

/** One number in a rationale: what it is, its value and its unit. */
public record Figure(String name, BigDecimal value, Unit unit) {

    /** How a figure is read and shown. */
    public enum Unit {
        MONEY,
        RATIO,
        COUNT,
        DAYS,
        UNITS_PER_DAY,
        /** Average stars of a product's ratings, or a change in them. */
        STARS,
        /** A plain number without unit, such as an elasticity. */
        NUMBER
    }

    public Figure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static Figure money(String name, Money amount) {
        return new Figure(name, amount.amount(), Unit.MONEY);
    }

    public static Figure ratio(String name, double value) {
        return new Figure(name, BigDecimal.valueOf(value), Unit.RATIO);
    }

    public static Figure count(String name, long value) {
        return new Figure(name, BigDecimal.valueOf(value), Unit.COUNT);
    }

    public static Figure days(String name, double value) {
        return new Figure(name, BigDecimal.valueOf(value), Unit.DAYS);
    }

    public static Figure stars(String name, double value) {
        return new Figure(name, BigDecimal.valueOf(value), Unit.STARS);
    }

    /** A plain number, shown with two decimals. */
    public static Figure number(String name, double value) {
        return new Figure(name, BigDecimal.valueOf(value), Unit.NUMBER);
    }

    public static Figure perDay(String name, double value) {
        return new Figure(name, BigDecimal.valueOf(value), Unit.UNITS_PER_DAY);
    }
}
