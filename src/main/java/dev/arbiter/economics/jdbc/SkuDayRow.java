package dev.arbiter.economics.jdbc;

import dev.arbiter.economics.SkuDay;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Money;
import dev.arbiter.model.Sku;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Turns a row of {@code contribution_by_sku_day.sql} into a SKU-day, computing its fees and returns cost exactly: from
 * the settlement's actual amounts on a day a loaded settlement covers, else estimated from the fee preview and the
 * FBA customer returns at the catalog's unit cost.
 */
final class SkuDayRow {
    /** Storage is billed monthly; a day carries a thirtieth of next month's estimate. */
    private static final BigDecimal DAYS_PER_STORAGE_MONTH = BigDecimal.valueOf(30);

    private SkuDayRow() {}

    static SkuDay map(ResultSet row) throws SQLException {
        Sku sku = new Sku(row.getString("sku"));
        Currency currency = Currency.getInstance(row.getString("catalog_currency"));
        sameCurrency(sku, currency, row.getString("sales_currency"), "Business Report");
        sameCurrency(sku, currency, row.getString("ad_currency"), "advertised product report");
        sameCurrency(sku, currency, row.getString("stock_currency"), "inventory report");
        sameCurrency(sku, currency, row.getString("fee_currency"), "fee preview");
        sameCurrency(sku, currency, row.getString("settlement_currency"), "settlement");
        long units = row.getLong("units");
        BigDecimal revenue = row.getBigDecimal("revenue");
        Long available = nullableLong(row, "available");
        boolean settled = row.getBoolean("settled");
        BigDecimal fees = settled
                ? row.getBigDecimal("settled_fees").add(storage(row, available != null))
                : estimatedFees(row, revenue, units, available != null);
        BigDecimal returnsCost = settled
                ? row.getBigDecimal("settled_returns_cost")
                : row.getBigDecimal("unit_cost").multiply(BigDecimal.valueOf(row.getLong("returned_units")));
        return new SkuDay(
                row.getObject("day", LocalDate.class),
                sku,
                row.getString("category"),
                units,
                row.getLong("sessions"),
                nullableDouble(row, "buy_box_pct"),
                Money.of(revenue, currency),
                Money.of(row.getBigDecimal("unit_cost").multiply(BigDecimal.valueOf(units)), currency),
                Money.of(fees, currency),
                Money.of(returnsCost, currency),
                Money.of(row.getBigDecimal("ad_spend"), currency),
                Money.of(row.getBigDecimal("ad_sales"), currency),
                available == null ? 0 : available);
    }

    /** Referral (revenue × referral fee per unit / your price) + fulfilment (units × fee) + a day's storage. */
    private static BigDecimal estimatedFees(ResultSet row, BigDecimal revenue, long units, boolean snapshot)
            throws SQLException {
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal price = row.getBigDecimal("your_price");
        BigDecimal referral = row.getBigDecimal("referral_fee_per_unit");
        if (price != null && referral != null && price.signum() > 0) {
            fees = fees.add(revenue.multiply(referral).divide(price, MathContext.DECIMAL64));
        }
        BigDecimal fulfilment = row.getBigDecimal("fulfillment_fee_per_unit");
        if (fulfilment != null) {
            fees = fees.add(fulfilment.multiply(BigDecimal.valueOf(units)));
        }
        return fees.add(storage(row, snapshot));
    }

    /** A thirtieth of next month's estimated storage cost on a day with an inventory snapshot (never per SKU in a
     * settlement, whose storage fees carry no SKU). */
    private static BigDecimal storage(ResultSet row, boolean snapshot) throws SQLException {
        BigDecimal storage = row.getBigDecimal("storage_cost_next_month");
        return snapshot && storage != null
                ? storage.divide(DAYS_PER_STORAGE_MONTH, MathContext.DECIMAL64)
                : BigDecimal.ZERO;
    }

    static void sameCurrency(Sku sku, Currency catalog, String other, String source) {
        if (other != null && !other.equals(catalog.getCurrencyCode())) {
            throw new ArbiterException(ErrorKind.USER, "SKU " + sku + " is costed in " + catalog.getCurrencyCode()
                    + " in the catalog but the " + source + " gives " + other
                    + "; load the reports of one marketplace per workspace, or fix the catalog's currency");
        }
    }

    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? Double.NaN : value;
    }
}
