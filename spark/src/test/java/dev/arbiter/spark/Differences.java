package dev.arbiter.spark;

import dev.arbiter.model.Money;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The differences between what two engines computed, column by column: money to the cent, ratios to 1e-9 relative,
 * everything else exactly; records are compared component by component.
 */
final class Differences {
    private static final BigDecimal CENT = new BigDecimal("0.005");
    private static final double RELATIVE = 1e-9;

    private final List<String> found = new ArrayList<>();

    /** Compares two tables row by row, in order; rows are records. */
    void tables(String table, List<?> embedded, List<?> spark) {
        if (embedded.size() != spark.size()) {
            found.add(table + ": " + embedded.size() + " rows in DuckDB, " + spark.size() + " in Spark");
            return;
        }
        for (int i = 0; i < embedded.size(); i++) {
            value(table + "[" + i + "]", embedded.get(i), spark.get(i));
        }
    }

    /** Compares one value of each engine. */
    void value(String where, Object embedded, Object spark) {
        if (embedded == null || spark == null) {
            if (embedded != spark) {
                found.add(where + ": " + embedded + " in DuckDB, " + spark + " in Spark");
            }
        } else if (embedded instanceof Money a && spark instanceof Money b) {
            if (!a.currency().equals(b.currency()) || a.amount().subtract(b.amount()).abs().compareTo(CENT) >= 0) {
                found.add(where + ": " + a + " in DuckDB, " + b + " in Spark");
            }
        } else if (embedded instanceof Double a && spark instanceof Double b) {
            if (!closeEnough(a, b)) {
                found.add(where + String.format(Locale.ROOT, ": %.12g in DuckDB, %.12g in Spark", a, b));
            }
        } else if (embedded instanceof Record && embedded.getClass().equals(spark.getClass())) {
            for (RecordComponent component : embedded.getClass().getRecordComponents()) {
                value(where + "." + component.getName(), read(component, embedded), read(component, spark));
            }
        } else if (!embedded.equals(spark)) {
            found.add(where + ": " + embedded + " in DuckDB, " + spark + " in Spark");
        }
    }

    /** Every difference found, one a line; empty when the engines agree. */
    List<String> found() {
        return List.copyOf(found);
    }

    static boolean closeEnough(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isInfinite(a) || Double.isInfinite(b)) {
            return Double.compare(a, b) == 0;
        }
        return Math.abs(a - b) <= RELATIVE * Math.max(Math.abs(a), Math.abs(b)) || Math.abs(a - b) < 1e-300;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of " + record, e);
        }
    }
}
