package dev.arbiter.execute;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.Money;
import dev.arbiter.model.Problem;
import dev.arbiter.model.RestockOrder;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes restock orders as one purchase-order CSV per supplier, {@code po-<supplier-slug>-YYYY-MM-DD.csv}:
 * header {@value #HEADER}, lines sorted by SKU, then a {@code TOTAL} line with the quantity and value of
 * the order. Money is written as plain decimals without symbol; each line total is rounded to the
 * currency's minor unit and the total is the sum of the lines, so the file adds up.
 */
public final class PurchaseOrderWriter {

    /** The first line of every purchase order. */
    public static final String HEADER = "supplier,sku,quantity,unit_cost,currency,line_total,reason";

    /** Writes one file per supplier, replacing earlier ones of the same day, and returns them sorted by name. */
    public List<Path> write(List<RestockOrder> orders, Path outDir, LocalDate day) {
        Map<String, List<RestockOrder>> bySupplier = orders.stream()
                .collect(Collectors.groupingBy(RestockOrder::supplier, TreeMap::new, Collectors.toList()));
        refuseMixedCurrencies(bySupplier);
        List<Path> written = new ArrayList<>();
        Set<String> slugsTaken = new HashSet<>();
        for (Map.Entry<String, List<RestockOrder>> supplier : bySupplier.entrySet()) {
            String slug = uniqueSlug(new SupplierSlug(supplier.getKey()).value(), slugsTaken);
            Path file = outDir.resolve("po-" + slug + "-" + day + ".csv");
            List<CsvLine> lines = lines(supplier.getKey(), supplier.getValue());
            written.add(new OutputFile(file).write(out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write(HEADER);
                writer.write('\n');
                for (CsvLine line : lines) {
                    writer.write(line.render());
                    writer.write('\n');
                }
                writer.flush();
            }));
        }
        written.sort(Comparator.comparing(Path::toString));
        return List.copyOf(written);
    }

    private static List<CsvLine> lines(String supplier, List<RestockOrder> orders) {
        List<RestockOrder> sorted = new ArrayList<>(orders);
        sorted.sort(Comparator.comparing(RestockOrder::sku));
        List<CsvLine> lines = new ArrayList<>();
        Money total = Money.zero(sorted.get(0).unitCost().currency());
        long quantity = 0;
        for (RestockOrder order : sorted) {
            Money lineTotal = inMinorUnits(order.value());
            total = total.plus(lineTotal);
            quantity += order.quantity();
            lines.add(CsvLine.of(
                    supplier,
                    order.sku().value(),
                    Long.toString(order.quantity()),
                    unitCost(order.unitCost()),
                    order.unitCost().currency().getCurrencyCode(),
                    lineTotal.plain(),
                    order.rationale().summary()));
        }
        lines.add(CsvLine.of(
                supplier, "TOTAL", Long.toString(quantity), "", total.currency().getCurrencyCode(), total.plain(), ""));
        return lines;
    }

    /** A unit cost keeps its precision (suppliers quote 2.345) but never shows fewer than the currency's decimals. */
    static String unitCost(Money unitCost) {
        BigDecimal exact = unitCost.amount().stripTrailingZeros();
        int minimum = minorDigits(unitCost);
        return exact.scale() < minimum ? exact.setScale(minimum).toPlainString() : exact.toPlainString();
    }

    private static Money inMinorUnits(Money money) {
        return money.rounded();
    }

    private static int minorDigits(Money money) {
        return Math.max(0, money.currency().getDefaultFractionDigits());
    }

    private static String uniqueSlug(String slug, Set<String> taken) {
        String candidate = slug;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    private static void refuseMixedCurrencies(Map<String, List<RestockOrder>> bySupplier) {
        List<Problem> problems = new ArrayList<>();
        bySupplier.forEach((supplier, orders) -> {
            Set<String> currencies = orders.stream()
                    .map(o -> o.unitCost().currency().getCurrencyCode())
                    .collect(Collectors.toCollection(TreeSet::new));
            if (currencies.size() > 1) {
                problems.add(Problem.ofFile(
                        "po-" + new SupplierSlug(supplier).value(),
                        "orders for supplier '" + supplier + "' are priced in " + String.join(" and ", currencies),
                        "give each supplier's unit costs in one currency in the catalog"));
            }
        });
        if (!problems.isEmpty()) {
            throw ArbiterException.badInput("cannot total a purchase order across currencies", problems);
        }
    }
}
