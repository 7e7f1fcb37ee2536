package dev.arbiter.execute;

import java.nio.file.Path;
import java.util.List;

/** What one run of the executor did: each item, and the bulksheets, purchase orders and price files it wrote. */
public record ExecutionReport(List<ExecutedItem> items, List<Path> bulksheets, List<Path> purchaseOrders,
        List<String> preview, List<Path> priceFiles) {

    public ExecutionReport {
        items = List.copyOf(items);
        bulksheets = List.copyOf(bulksheets);
        purchaseOrders = List.copyOf(purchaseOrders);
        preview = List.copyOf(preview);
        priceFiles = List.copyOf(priceFiles);
    }

    /** A report without price files. */
    public ExecutionReport(List<ExecutedItem> items, List<Path> bulksheets, List<Path> purchaseOrders, List<String> preview) {
        this(items, bulksheets, purchaseOrders, preview, List.of());
    }

    public long count(ExecutedItem.Outcome outcome) {
        return items.stream().filter(item -> item.outcome() == outcome).count();
    }
}
