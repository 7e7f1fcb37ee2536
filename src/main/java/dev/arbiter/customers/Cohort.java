package dev.arbiter.customers;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The customers whose first purchase fell in one month, followed month by month: how many bought again, and their
 * orders and profit (acquisition cost counted in the first month), cumulated per customer of the cohort.
 */
public record Cohort(YearMonth month, int customers, List<CohortMonth> months) {
    public Cohort {
        Objects.requireNonNull(month, "month");
        months = List.copyOf(months);
    }

    /** Month {@code offset} after the cohort's first: active customers, orders and profit (minor units) in it. */
    public record CohortMonth(int offset, int active, int orders, long profit) {}

    /** The share of the cohort that bought in month {@code offset} (1.0 in month 0). */
    public double retention(int offset) {
        return customers == 0 || offset >= months.size() ? 0 : months.get(offset).active() / (double) customers;
    }

    /** Orders per customer of the cohort up to and including month {@code offset}. */
    public double cumulativeOrdersPerCustomer(int offset) {
        return months.stream().filter(m -> m.offset() <= offset).mapToInt(CohortMonth::orders).sum()
                / (double) customers;
    }

    /** Profit per customer (minor units) up to and including month {@code offset}. */
    public double cumulativeProfitPerCustomer(int offset) {
        return months.stream().filter(m -> m.offset() <= offset).mapToLong(CohortMonth::profit).sum()
                / (double) customers;
    }

    /** The cohorts of every customer with a shipped order, up to the month of {@code lastMonth}. */
    public static List<Cohort> of(List<CustomerOrder> orders, List<CustomerProfit> profits, YearMonth lastMonth) {
        Map<String, YearMonth> firsts = new HashMap<>();
        Map<YearMonth, Integer> sizes = new TreeMap<>();
        Map<YearMonth, Long> acquisition = new HashMap<>();
        for (CustomerProfit profit : profits) {
            if (profit.orders() > 0) {
                YearMonth first = YearMonth.from(profit.firstOrder());
                firsts.put(profit.customerId(), first);
                sizes.merge(first, 1, Integer::sum);
                acquisition.merge(first, profit.acquisition(), Long::sum);
            }
        }
        Map<YearMonth, Map<Integer, Set<String>>> active = new HashMap<>();
        Map<YearMonth, Map<Integer, long[]>> totals = new HashMap<>();
        for (CustomerOrder order : orders) {
            YearMonth first = firsts.get(order.customerId());
            YearMonth month = YearMonth.from(order.date());
            if (first == null || month.isAfter(lastMonth)) {
                continue;
            }
            int offset = (int) Math.max(0, ChronoUnit.MONTHS.between(first, month));
            long[] sum = totals.computeIfAbsent(first, k -> new HashMap<>()).computeIfAbsent(offset, k -> new long[2]);
            sum[0] += order.shipped() ? 1 : 0;
            sum[1] += order.profit();
            if (order.shipped()) {
                active.computeIfAbsent(first, k -> new HashMap<>()).computeIfAbsent(offset, k -> new HashSet<>())
                        .add(order.customerId());
            }
        }
        List<Cohort> cohorts = new ArrayList<>();
        sizes.forEach((first, size) -> {
            int span = (int) ChronoUnit.MONTHS.between(first, lastMonth);
            List<CohortMonth> months = new ArrayList<>();
            for (int k = 0; k <= span; k++) {
                long[] sum = totals.getOrDefault(first, Map.of()).getOrDefault(k, new long[2]);
                int buyers = active.getOrDefault(first, Map.of()).getOrDefault(k, Set.of()).size();
                months.add(new CohortMonth(k, buyers, (int) sum[0], sum[1] - (k == 0 ? acquisition.get(first) : 0)));
            }
            cohorts.add(new Cohort(first, size, months));
        });
        return cohorts;
    }
}
