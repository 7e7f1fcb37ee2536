package dev.arbiter.demo;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Row;

/** One entity row of the campaigns tab, filled by column name; ids and dates are text, amounts are numbers. */
final class BulkRow {
    private final Object[] values = new Object[BulksheetFile.CAMPAIGN_HEADER.size()];

    BulkRow set(String column, Object value) {
        int index = BulksheetFile.CAMPAIGN_HEADER.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no bulksheet column " + column);
        }
        values[index] = value;
        return this;
    }

    /** Performance columns for the download's window; ratios are left empty when their denominator is zero. */
    BulkRow performance(AdTotals totals) {
        set("Impressions", totals.impressions());
        set("Clicks", totals.clicks());
        set("Click-through Rate", ratio(totals.clicks(), totals.impressions()));
        set("Spend", BigDecimal.valueOf(totals.spendCents(), 2));
        set("Sales", BigDecimal.valueOf(totals.salesCents(), 2));
        set("Orders", totals.orders());
        set("Units", totals.units());
        set("Conversion Rate", ratio(totals.orders(), totals.clicks()));
        set("ACOS", ratio(totals.spendCents(), totals.salesCents()));
        set("CPC", totals.clicks() == 0 ? null : ratio(totals.spendCents(), totals.clicks() * 100));
        return set("ROAS", ratio(totals.salesCents(), totals.spendCents()));
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return denominator == 0 ? null : BigDecimal.valueOf(Math.round(numerator * 10_000.0 / denominator), 4);
    }

    void writeTo(Row row) {
        for (int i = 0; i < values.length; i++) {
            put(row, i, values[i]);
        }
    }

    static void put(Row row, int column, Object value) {
        if (value instanceof String text) {
            if (!text.isEmpty()) {
                row.createCell(column).setCellValue(text);
            }
        } else if (value instanceof BigDecimal amount) {
            row.createCell(column).setCellValue(amount.doubleValue());
        } else if (value instanceof Long count) {
            row.createCell(column).setCellValue(count.doubleValue());
        } else if (value != null) {
            throw new IllegalArgumentException("unsupported bulksheet value " + value.getClass());
        }
    }
}
