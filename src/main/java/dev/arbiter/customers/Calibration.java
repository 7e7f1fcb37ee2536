package dev.arbiter.customers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The calibration period's summary per customer, as the papers build it: purchases by one customer on one day are
 * one transaction, the first is not a repeat, and recency and age run from the first purchase to {@code until}.
 */
public record Calibration(LocalDate until, PeriodUnit unit, List<String> customerIds, List<RepeatPurchases> customers) {

    public Calibration {
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(unit, "unit");
        customerIds = List.copyOf(customerIds);
        customers = List.copyOf(customers);
    }

    /** The number of repeat transactions in the period. */
    public long repeatTransactions() {
        return customers.stream().mapToLong(RepeatPurchases::frequency).sum();
    }

    /** Summarises the shipped orders dated on or before {@code until}; customers who first bought later are left out. */
    public static Calibration of(List<CustomerOrder> orders, LocalDate until, PeriodUnit unit) {
        Map<String, TreeMap<LocalDate, Long>> days = new TreeMap<>();
        for (CustomerOrder order : orders) {
            if (order.shipped() && !order.date().isAfter(until)) {
                days.computeIfAbsent(order.customerId(), k -> new TreeMap<>())
                        .merge(order.date(), order.paid() - order.shippingCharged(), Long::sum);
            }
        }
        List<String> ids = new ArrayList<>(days.size());
        List<RepeatPurchases> customers = new ArrayList<>(days.size());
        days.forEach((customer, values) -> {
            LocalDate first = values.firstKey();
            double repeatValue = 0;
            for (Map.Entry<LocalDate, Long> day : values.tailMap(first, false).entrySet()) {
                repeatValue += day.getValue() / 100.0;
            }
            int repeats = values.size() - 1;
            ids.add(customer);
            customers.add(new RepeatPurchases(repeats,
                    unit.of(ChronoUnit.DAYS.between(first, values.lastKey())),
                    unit.of(ChronoUnit.DAYS.between(first, until)),
                    repeats == 0 ? 0 : Math.max(0, repeatValue / repeats)));
        });
        return new Calibration(until, unit, ids, customers);
    }
}
