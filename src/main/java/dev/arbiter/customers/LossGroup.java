package dev.arbiter.customers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Money-losing customers grouped along one dimension (the dominant reason, the acquisition channel, whether they
 * bought on offer, their basket size): how many and how much they lose (minor units, positive).
 */
public record LossGroup(String dimension, String value, int customers, long loss) {

    /** The losers of {@code profits} grouped by reason, channel, offer and basket, largest loss first in each. */
    public static List<LossGroup> of(List<CustomerProfit> profits) {
        List<CustomerProfit> losers = profits.stream().filter(p -> p.profit() < 0).toList();
        List<LossGroup> groups = new ArrayList<>();
        groups.addAll(group("reason", losers, p -> p.lossReason().label()));
        groups.addAll(group("channel", losers, p -> p.channel().isEmpty() ? "unknown" : p.channel()));
        groups.addAll(group("offer", losers, p -> p.discounts() > 0 ? "discounted" : "full price"));
        groups.addAll(group("basket", losers, LossGroup::basket));
        return groups;
    }

    private static String basket(CustomerProfit profit) {
        long perOrder = profit.orders() == 0 ? 0 : profit.revenue() / profit.orders();
        long[] bounds = {1_000, 2_500, 5_000, 10_000};
        for (long bound : bounds) {
            if (perOrder < bound) {
                return String.format(Locale.ROOT, "under %d", bound / 100);
            }
        }
        return "100 and over";
    }

    private static List<LossGroup> group(String dimension, List<CustomerProfit> losers,
            Function<CustomerProfit, String> key) {
        Map<String, long[]> sums = new TreeMap<>();
        for (CustomerProfit loser : losers) {
            long[] sum = sums.computeIfAbsent(key.apply(loser), k -> new long[2]);
            sum[0]++;
            sum[1] -= loser.profit();
        }
        return sums.entrySet().stream()
                .map(e -> new LossGroup(dimension, e.getKey(), (int) e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingLong(LossGroup::loss).reversed())
                .toList();
    }
}
