package dev.arbiter.customers;

import java.util.ArrayList;
import java.util.List;

/** How lifetime value is spread: deciles from the most valuable tenth down, and the share the top 10% and 20% hold. */
public record ValueDistribution(List<Decile> deciles, double topTenShare, double topTwentyShare) {
    public ValueDistribution {
        deciles = List.copyOf(deciles);
    }

    /** One tenth of the customers ranked by CLV, 1 being the most valuable. */
    public record Decile(int rank, int customers, double totalClv, double meanClv, double lowestClv) {}

    /** The distribution of {@code values}' CLV. */
    public static ValueDistribution of(List<CustomerValue> values) {
        double[] clv = values.stream().mapToDouble(CustomerValue::clv).sorted().toArray();
        int n = clv.length;
        double total = 0;
        for (double v : clv) {
            total += v;
        }
        List<Decile> deciles = new ArrayList<>();
        for (int d = 0; d < 10 && n > 0; d++) {
            int from = n - (int) ((long) n * (d + 1) / 10);
            int to = n - (int) ((long) n * d / 10);
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += clv[i];
            }
            int size = to - from;
            deciles.add(new Decile(d + 1, size, sum, size == 0 ? 0 : sum / size, size == 0 ? 0 : clv[from]));
        }
        return new ValueDistribution(deciles, share(clv, total, 0.10), share(clv, total, 0.20));
    }

    private static double share(double[] ascending, double total, double top) {
        if (total <= 0) {
            return 0;
        }
        int count = (int) Math.round(ascending.length * top);
        double sum = 0;
        for (int i = ascending.length - count; i < ascending.length; i++) {
            sum += ascending[i];
        }
        return sum / total;
    }
}
