package dev.arbiter.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one {@code fba-inventory-planning-YYYY-MM-DD.txt} per day: the FBA Inventory report (formats doc C5) as a
 * tab-separated file with the 31 columns the brief fixes, money as plain decimals.
 */
final class InventoryPlanningFile {
    static final List<String> HEADER = List.of(
            "snapshot-date", "sku", "fnsku", "asin", "product-name", "condition", "available",
            "pending-removal-quantity", "inv-age-0-to-90-days", "inv-age-91-to-180-days", "inv-age-181-to-270-days",
            "inv-age-271-to-365-days", "inv-age-366-to-455-days", "inv-age-456-plus-days", "currency",
            "units-shipped-t7", "units-shipped-t30", "units-shipped-t60", "units-shipped-t90", "your-price",
            "sales-price", "days-of-supply", "estimated-excess-quantity", "fba-inventory-level-health-status",
            "inbound-quantity", "inbound-working", "inbound-shipped", "inbound-received", "Total Reserved Quantity",
            "unfulfillable-quantity", "estimated-storage-cost-next-month");
    /** Days of supply written when a SKU has stock but sold nothing in 30 days. */
    static final int DAYS_OF_SUPPLY_CAP = 365;
    private static final int EXCESS_AFTER_DAYS = 90;

    private InventoryPlanningFile() {}

    static String fileName(MarketDay day) {
        return "fba-inventory-planning-" + day.day() + ".txt";
    }

    static int write(Path inbox, MarketDay day, List<Product> products) {
        try (TextFile file = new TextFile(inbox.resolve(fileName(day)), false)) {
            file.line(HEADER, "\t");
            for (MarketDay.InventoryDay stock : day.inventory()) {
                Product product = products.get(stock.product());
                double velocity = stock.shippedLast30() / 30.0;
                long daysOfSupply = velocity > 0
                        ? Math.min(DAYS_OF_SUPPLY_CAP, Math.round(stock.available() / velocity))
                        : stock.available() > 0 ? DAYS_OF_SUPPLY_CAP : 0;
                long excess = Math.max(0, stock.available() - Math.round(velocity * EXCESS_AFTER_DAYS));
                List<String> fields = new ArrayList<>(List.of(
                        day.day().toString(), product.sku(), product.fnsku(), product.asin(), product.title(), "New",
                        Long.toString(stock.available()), "0"));
                for (long units : stock.ageBuckets()) {
                    fields.add(Long.toString(units));
                }
                long inbound = stock.inboundWorking() + stock.inboundShipped();
                fields.addAll(List.of(
                        "USD", Long.toString(stock.shippedLast7()), Long.toString(stock.shippedLast30()),
                        Long.toString(stock.shippedLast60()), Long.toString(stock.shippedLast90()),
                        FeePreviewFile.dollars(product.priceCents()), FeePreviewFile.dollars(stock.salePriceCents()),
                        Long.toString(daysOfSupply), Long.toString(excess),
                        health(stock.available(), daysOfSupply, product.leadTimeDays(), excess),
                        Long.toString(inbound), Long.toString(stock.inboundWorking()),
                        Long.toString(stock.inboundShipped()), "0", Long.toString(stock.reserved()),
                        Long.toString(stock.unfulfillable()), storageCost(product, stock.available(), day)));
                file.line(fields, "\t");
            }
            return file.dataLines();
        }
    }

    private static String health(long available, long daysOfSupply, int leadTimeDays, long excess) {
        if (available == 0) {
            return "Out of stock";
        }
        if (daysOfSupply < leadTimeDays) {
            return "Low stock";
        }
        return excess > 0 ? "Excess" : "Healthy";
    }

    /** Monthly storage fee per cubic foot: $0.78 January to September, $2.40 in the October–December peak. */
    private static String storageCost(Product product, long available, MarketDay day) {
        int nextMonth = day.day().plusMonths(1).getMonthValue();
        double rate = nextMonth >= 10 ? 2.40 : 0.78;
        return BigDecimal.valueOf(available * product.cubicFeet() * rate).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
