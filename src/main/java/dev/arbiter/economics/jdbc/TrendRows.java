package dev.arbiter.economics.jdbc;

import dev.arbiter.economics.SkuTrend;
import dev.arbiter.model.Sku;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps a row of {@code sku_trends.sql} (sums and averages per span) to a {@link SkuTrend}. */
final class TrendRows {
    private TrendRows() {}

    static SkuTrend trend(ResultSet row) throws SQLException {
        double ratingLast14 = number(row, "rating_last_14");
        double ratingPrevious14 = number(row, "rating_previous_14");
        return new SkuTrend(
                new Sku(row.getString("sku")),
                SkuTrend.change(orZero(row, "sales_last_14"), number(row, "sales_previous_14")),
                SkuTrend.change(orZero(row, "sales_last_28"), number(row, "sales_previous_28")),
                number(row, "rating_latest"),
                ratingLast14 - ratingPrevious14,
                SkuTrend.change(number(row, "rating_last_28"), number(row, "rating_previous_28")),
                row.getLong("ratings_count_latest"));
    }

    /** The column as a double; NaN when it is null. */
    private static double number(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? Double.NaN : value;
    }

    /** Sales of a span without a Business Report row sold nothing; the span before decides whether a trend exists. */
    private static double orZero(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? 0 : value;
    }
}
