package dev.arbiter.execute;

import dev.arbiter.model.Money;
import dev.arbiter.model.RestockOrder;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes restock orders as one printable HTML purchase order per supplier, {@code po-<supplier-slug>-YYYY-MM-DD.html},
 * beside the CSV of {@link PurchaseOrderWriter}: quantities, unit costs, line totals, the total, and for each line
 * the reasoning behind it.
 */
public final class PurchaseOrderPages {

    /** Writes one page per supplier, replacing earlier ones of the same day, and returns them sorted by name. */
    public List<Path> write(List<RestockOrder> orders, Path outDir, LocalDate day) {
        Map<String, List<RestockOrder>> bySupplier = orders.stream()
                .collect(Collectors.groupingBy(RestockOrder::supplier, TreeMap::new, Collectors.toList()));
        List<Path> written = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Map.Entry<String, List<RestockOrder>> supplier : bySupplier.entrySet()) {
            String slug = new SupplierSlug(supplier.getKey()).value();
            String candidate = slug;
            for (int n = 2; !taken.add(candidate); n++) {
                candidate = slug + "-" + n;
            }
            String page = page(supplier.getKey(), supplier.getValue(), day);
            written.add(new OutputFile(outDir.resolve("po-" + candidate + "-" + day + ".html")).write(out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write(page);
                writer.flush();
            }));
        }
        written.sort(Comparator.comparing(Path::toString));
        return List.copyOf(written);
    }

    /** The page for one supplier's orders. */
    static String page(String supplier, List<RestockOrder> orders, LocalDate day) {
        List<RestockOrder> sorted = new ArrayList<>(orders);
        sorted.sort(Comparator.comparing(RestockOrder::sku));
        String currency = sorted.get(0).unitCost().currency().getCurrencyCode();
        Money total = Money.zero(sorted.get(0).unitCost().currency());
        long units = 0;
        StringBuilder rows = new StringBuilder();
        for (RestockOrder order : sorted) {
            Money line = order.value().rounded();
            total = total.plus(line);
            units += order.quantity();
            rows.append("<tr><td>").append(escape(order.sku().value())).append("</td><td class=\"n\">")
                    .append(order.quantity()).append("</td><td class=\"n\">").append(PurchaseOrderWriter.unitCost(order.unitCost()))
                    .append("</td><td class=\"n\">").append(line.plain()).append("</td><td>")
                    .append(escape(order.rationale().summary())).append("</td></tr>\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Purchase order "
                + escape(supplier) + " " + day + "</title>\n<style>body{font-family:sans-serif;margin:2em}"
                + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px 8px;text-align:left}"
                + ".n{text-align:right}@media print{body{margin:0}}</style></head><body>\n"
                + "<h1>Purchase order</h1>\n<p>Supplier: <strong>" + escape(supplier) + "</strong><br>Date: " + day
                + "<br>Currency: " + currency + "</p>\n"
                + "<table><thead><tr><th>SKU</th><th class=\"n\">Quantity</th><th class=\"n\">Unit cost</th>"
                + "<th class=\"n\">Line total</th><th>Reasoning</th></tr></thead>\n<tbody>\n" + rows
                + "</tbody>\n<tfoot><tr><th>Total</th><th class=\"n\">" + units + "</th><th></th><th class=\"n\">"
                + total.plain() + "</th><th></th></tr></tfoot></table>\n</body></html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
