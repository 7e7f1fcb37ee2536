package dev.arbiter.cli;

import dev.arbiter.customers.AcquisitionSource;
import dev.arbiter.customers.BgNbd;
import dev.arbiter.customers.Cohort;
import dev.arbiter.customers.CustomerAnalysis;
import dev.arbiter.customers.CustomerProfit;
import dev.arbiter.customers.GammaGamma;
import dev.arbiter.customers.LossGroup;
import dev.arbiter.customers.PlanMonth;
import dev.arbiter.customers.ValueDistribution;
import dev.arbiter.customers.csv.OrderFileReading;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The customers analysis as a terminal reads it. */
final class CustomersText {
    private static final int COHORT_MONTHS = 6;

    private CustomersText() {}

    static void print(PrintWriter out, OrderFileReading reading, CustomerAnalysis analysis) {
        String currency = reading.currency();
        out.println(String.format(Locale.ROOT, "%s: %,d rows, %,d order lines used, %,d quarantined; %,d customers (%s)",
                reading.file(), reading.rows(), reading.lines().size(), reading.quarantined(),
                analysis.profits().size(), currency));
        long profit = analysis.profits().stream().mapToLong(CustomerProfit::profit).sum();
        out.println(String.format(Locale.ROOT, "profit after per-order costs, returns and acquisition: %s %s",
                money(profit), currency));
        out.println(String.format(Locale.ROOT, "customers losing money: %,d, losing %s %s in all",
                analysis.losers().size(), money(-analysis.losers().stream().mapToLong(CustomerProfit::profit).sum()),
                currency));
        for (LossGroup group : analysis.losses()) {
            out.println(String.format(Locale.ROOT, "  by %-8s %-22s %,7d customers  %14s", group.dimension(),
                    group.value(), group.customers(), money(group.loss())));
        }
        var calibration = analysis.calibration();
        out.println(String.format(Locale.ROOT, "calibration until %s in %ss: %,d customers, %,d repeat transactions",
                calibration.until(), calibration.unit().name().toLowerCase(Locale.ROOT), calibration.customers().size(),
                calibration.repeatTransactions()));
        out.println("BG/NBD      " + analysis.purchases().model().map(CustomersText::bgNbd).orElse("")
                + " " + analysis.purchases().describe());
        out.println("Gamma-Gamma " + analysis.spend().model().map(CustomersText::gammaGamma).orElse("")
                + " " + analysis.spend().describe());
        analysis.distribution().ifPresent(d -> distribution(out, analysis, d, currency));
        cohorts(out, analysis);
        out.println("worth acquiring (mean predicted CLV of the customers each brought):");
        for (AcquisitionSource source : analysis.sources()) {
            out.println(String.format(Locale.ROOT, "  %-8s %-24s %,7d customers  mean CLV %10.2f", source.kind(),
                    source.name(), source.customers(), source.meanClv()));
        }
    }

    static void plan(PrintWriter out, List<PlanMonth.Comparison> comparisons) {
        if (comparisons.isEmpty()) {
            return;
        }
        out.println("plan     new customers (plan / actual)   month-1 retention (plan / actual)");
        for (PlanMonth.Comparison c : comparisons) {
            out.println(String.format(Locale.ROOT, "%s %,13d / %,-13d %14.1f%% / %s", c.month(), c.plannedCustomers(),
                    c.actualCustomers(), c.plannedRetention() * 100, c.actualRetention().isPresent()
                            ? String.format(Locale.ROOT, "%.1f%%", c.actualRetention().getAsDouble() * 100) : "not yet known"));
        }
    }

    static String bgNbd(BgNbd m) {
        return String.format(Locale.ROOT, "r=%.4f alpha=%.4f a=%.4f b=%.4f log-likelihood=%.2f",
                m.r(), m.alpha(), m.a(), m.b(), m.logLikelihood());
    }

    static String gammaGamma(GammaGamma m) {
        return String.format(Locale.ROOT, "p=%.4f q=%.4f gamma=%.4f log-likelihood=%.2f",
                m.p(), m.q(), m.gamma(), m.logLikelihood());
    }

    private static void distribution(PrintWriter out, CustomerAnalysis analysis, ValueDistribution d, String currency) {
        double total = analysis.values().stream().mapToDouble(v -> v.clv()).sum();
        out.println(String.format(Locale.ROOT,
                "CLV over %.0f %ss at a %.1f%% margin: %,.2f %s in all; top 10%% hold %.1f%%, top 20%% hold %.1f%%",
                analysis.horizon(), analysis.calibration().unit().name().toLowerCase(Locale.ROOT),
                analysis.margin() * 100, total, currency, d.topTenShare() * 100, d.topTwentyShare() * 100));
        for (ValueDistribution.Decile decile : d.deciles()) {
            out.println(String.format(Locale.ROOT, "  decile %2d  %,7d customers  mean %10.2f  from %10.2f  total %,14.2f",
                    decile.rank(), decile.customers(), decile.meanClv(), decile.lowestClv(), decile.totalClv()));
        }
    }

    private static void cohorts(PrintWriter out, CustomerAnalysis analysis) {
        StringBuilder head = new StringBuilder("cohort   customers");
        for (int k = 1; k <= COHORT_MONTHS; k++) {
            head.append(String.format(Locale.ROOT, "   m%-3d", k));
        }
        out.println(head.append("  orders/customer  profit/customer"));
        for (Cohort cohort : analysis.cohorts()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s %,9d", cohort.month(), cohort.customers()));
            for (int k = 1; k <= COHORT_MONTHS; k++) {
                line.append(k < cohort.months().size()
                        ? String.format(Locale.ROOT, " %5.1f%%", cohort.retention(k) * 100) : "       ");
            }
            int last = cohort.months().size() - 1;
            out.println(line.append(String.format(Locale.ROOT, "  %15.2f  %15.2f", cohort.cumulativeOrdersPerCustomer(last),
                    cohort.cumulativeProfitPerCustomer(last) / 100)));
        }
    }

    static String money(long minor) {
        return String.format(Locale.ROOT, "%,.2f", minor / 100.0);
    }
}
