package dev.arbiter.execute;

import java.nio.file.Path;
import java.util.List;

/**
 * What one run of the executor did: each item, and the bulksheets, purchase orders, coupon briefs and price files it
 * wrote.
 */
public record ExecutionReport(List<ExecutedItem> items, List<Path> bulksheets, List<Path> purchaseOrders,
        List<String> preview, List<Path> couponBriefs, List<Path> priceFiles) {

    public ExecutionReport {
        items = List.copyOf(items);
        bulksheets = List.copyOf(bulksheets);
        purchaseOrders = List.copyOf(purchaseOrders);
        preview = List.copyOf(preview);
        couponBriefs = List.copyOf(couponBriefs);
        priceFiles = List.copyOf(priceFiles);
    }

    /** A run that wrote no coupon brief and no price file. */
    public ExecutionReport(List<ExecutedItem> items, List<Path> bulksheets, List<Path> purchaseOrders,
            List<String> preview) {
        this(items, bulksheets, purchaseOrders, preview, List.of(), List.of());
    }

    public long count(ExecutedItem.Outcome outcome) {
        return items.stream().filter(item -> item.outcome() == outcome).count();
    }
}
