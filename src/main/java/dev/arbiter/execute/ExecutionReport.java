package dev.arbiter.execute;

import java.nio.file.Path;
import java.util.List;

/** What one run of the executor did: each item, and the bulksheets and purchase orders it wrote. */
public record ExecutionReport(List<ExecutedItem> items, List<Path> bulksheets, List<Path> purchaseOrders,
        List<String> preview) {

    public ExecutionReport {
        items = List.copyOf(items);
        bulksheets = List.copyOf(bulksheets);
        purchaseOrders = List.copyOf(purchaseOrders);
        preview = List.copyOf(preview);
    }

    public long count(ExecutedItem.Outcome outcome) {
        return items.stream().filter(item -> item.outcome() == outcome).count();
    }
}
