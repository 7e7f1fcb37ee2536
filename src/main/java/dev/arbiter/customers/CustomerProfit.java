package dev.arbiter.customers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One customer's profit in minor units: revenue less cost of goods, per-order costs, returns and acquisition cost,
 * with how the customer was acquired and what their first order held.
 */
public record CustomerProfit(
        String customerId,
        LocalDate firstOrder,
        String channel,
        String campaign,
        List<String> firstSkus,
        int orders,
        long revenue,
        long costOfGoods,
        long handling,
        long postage,
        long returns,
        long discounts,
        long shippingCharged,
        long acquisition) {

    public CustomerProfit {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(firstOrder, "firstOrder");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(campaign, "campaign");
        firstSkus = List.copyOf(firstSkus);
    }

    /** Revenue − cost of goods − picking, packing and postage − returns − acquisition cost. */
    public long profit() {
        return revenue - costOfGoods - handling - postage - returns - acquisition;
    }

    /** The largest of the costs a customer can make us lose money on; thin margin when none of them is positive. */
    public LossReason lossReason() {
        long shippingSubsidy = postage - shippingCharged;
        LossReason reason = LossReason.COST_OF_GOODS;
        long largest = 0;
        long[] amounts = {returns, discounts, shippingSubsidy, handling, acquisition};
        LossReason[] reasons = {
            LossReason.RETURNS, LossReason.DISCOUNTS, LossReason.SHIPPING, LossReason.HANDLING, LossReason.ACQUISITION
        };
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] > largest) {
                largest = amounts[i];
                reason = reasons[i];
            }
        }
        return reason;
    }

    /** Each customer's profit from their orders; acquisition channel, campaign and cost come from their lines. */
    public static List<CustomerProfit> of(List<OrderLine> lines, List<CustomerOrder> orders) {
        Map<String, Acquisition> acquisitions = Acquisition.of(lines);
        Map<String, List<CustomerOrder>> byCustomer = new LinkedHashMap<>();
        for (CustomerOrder order : orders) {
            byCustomer.computeIfAbsent(order.customerId(), k -> new ArrayList<>()).add(order);
        }
        List<CustomerProfit> profits = new ArrayList<>(byCustomer.size());
        byCustomer.forEach((customer, own) -> profits.add(sum(customer, own, acquisitions.get(customer))));
        return profits;
    }

    private static CustomerProfit sum(String customer, List<CustomerOrder> orders, Acquisition acquisition) {
        CustomerOrder first = null;
        int shipped = 0;
        long revenue = 0;
        long goods = 0;
        long handling = 0;
        long postage = 0;
        long returns = 0;
        long discounts = 0;
        long shipping = 0;
        for (CustomerOrder order : orders) {
            if (order.shipped() && (first == null || order.date().isBefore(first.date()))) {
                first = order;
            }
            shipped += order.shipped() ? 1 : 0;
            revenue += order.paid();
            goods += order.costOfGoods();
            handling += order.picking() + order.packing();
            postage += order.postage();
            returns += order.returns();
            discounts += order.discount();
            shipping += order.shippingCharged();
        }
        CustomerOrder opening = first == null ? orders.get(0) : first;
        return new CustomerProfit(customer, opening.date(), acquisition.channel(), acquisition.campaign(),
                opening.skus(), shipped, revenue, goods, handling, postage, returns, discounts, shipping,
                acquisition.cost());
    }

    /** How a customer was acquired: the first channel and campaign their lines name, and the largest cost given. */
    private record Acquisition(String channel, String campaign, long cost) {
        static Map<String, Acquisition> of(List<OrderLine> lines) {
            Map<String, Acquisition> byCustomer = new LinkedHashMap<>();
            for (OrderLine line : lines) {
                Acquisition known = byCustomer.getOrDefault(line.customerId(), new Acquisition("", "", 0));
                byCustomer.put(line.customerId(), new Acquisition(
                        known.channel().isEmpty() ? line.channel() : known.channel(),
                        known.campaign().isEmpty() ? line.campaign() : known.campaign(),
                        Math.max(known.cost(), line.acquisitionCost().orElse(0))));
            }
            return byCustomer;
        }
    }
}
