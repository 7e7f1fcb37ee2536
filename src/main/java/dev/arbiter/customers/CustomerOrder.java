package dev.arbiter.customers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One order's economics in minor units: what the customer paid, its cost of goods, fulfilment (picking, packing
 * and postage, only when something shipped), returns (refunds plus handling per returned line), the discount
 * given and the shipping charged.
 */
public record CustomerOrder(
        String orderId,
        String customerId,
        LocalDate date,
        List<String> skus,
        long paid,
        long costOfGoods,
        long picking,
        long packing,
        long postage,
        long returns,
        long discount,
        long shippingCharged) {

    public CustomerOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(date, "date");
        skus = List.copyOf(skus);
    }

    /** Whether the order shipped goods (a cancellation or return-only order does not). */
    public boolean shipped() {
        return !skus.isEmpty();
    }

    /** What the order left after goods, fulfilment and returns, before acquisition cost. */
    public long profit() {
        return paid - costOfGoods - picking - packing - postage - returns;
    }

    /** Groups order lines into orders, in the order they first appear, charging {@code costs} to each. */
    public static List<CustomerOrder> of(List<OrderLine> lines, OrderCosts costs) {
        Map<String, List<OrderLine>> byOrder = new LinkedHashMap<>();
        for (OrderLine line : lines) {
            byOrder.computeIfAbsent(line.customerId() + '\u0000' + line.orderId(), k -> new ArrayList<>()).add(line);
        }
        List<CustomerOrder> orders = new ArrayList<>(byOrder.size());
        for (List<OrderLine> group : byOrder.values()) {
            orders.add(charge(group, costs));
        }
        return orders;
    }

    private static CustomerOrder charge(List<OrderLine> lines, OrderCosts costs) {
        OrderLine first = lines.get(0);
        LocalDate date = first.date();
        List<String> skus = new ArrayList<>();
        long paid = 0;
        long goods = 0;
        long returns = 0;
        long discount = 0;
        long shipping = 0;
        for (OrderLine line : lines) {
            date = line.date().isBefore(date) ? line.date() : date;
            if (line.isPurchase()) {
                skus.add(line.sku());
            }
            paid += line.paid();
            goods += line.costOfGoods().orElse(Math.round(line.grossValue() * costs.costOfGoodsShare()));
            returns += line.returnedValue() + (line.returnedQuantity() > 0 ? costs.returnHandling() : 0);
            discount += line.discount();
            shipping += line.shippingCharged();
        }
        boolean shipped = !skus.isEmpty();
        return new CustomerOrder(first.orderId(), first.customerId(), date, skus, paid, goods,
                shipped ? costs.picking() : 0, shipped ? costs.packing() : 0, shipped ? costs.postage() : 0,
                returns, discount, shipping);
    }
}
