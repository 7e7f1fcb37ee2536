package dev.arbiter.customers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything issue 6 asks of a customer base: profit per customer and the losers by reason, cohorts, the BG/NBD and
 * Gamma-Gamma fits, each customer's lifetime value, its distribution, and the sources of valuable customers.
 *
 * <p>A source must have brought at least 5 customers, and at least 0.5% of them, to be ranked.
 *
 * @param margin the contribution margin applied to expected revenue to make CLV
 * @param values empty when either model failed to converge
 */
public record CustomerAnalysis(
        OrderCosts costs,
        Calibration calibration,
        double horizon,
        List<CustomerProfit> profits,
        List<LossGroup> losses,
        List<Cohort> cohorts,
        ModelFit<BgNbd> purchases,
        ModelFit<GammaGamma> spend,
        double margin,
        List<CustomerValue> values,
        Optional<ValueDistribution> distribution,
        List<AcquisitionSource> sources) {

    public CustomerAnalysis {
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(calibration, "calibration");
        profits = List.copyOf(profits);
        losses = List.copyOf(losses);
        cohorts = List.copyOf(cohorts);
        values = List.copyOf(values);
    }

    /** The last order date of {@code lines}, the default end of the calibration period. */
    public static LocalDate lastOrderDate(List<OrderLine> lines) {
        return lines.stream().map(OrderLine::date).max(Comparator.naturalOrder()).orElse(LocalDate.EPOCH);
    }

    /** Analyses {@code lines}, calibrating on orders up to {@code until}, predicting {@code horizon} units ahead. */
    public static CustomerAnalysis of(
            List<OrderLine> lines, OrderCosts costs, LocalDate until, PeriodUnit unit, double horizon) {
        List<CustomerOrder> orders = CustomerOrder.of(lines, costs);
        List<CustomerProfit> profits = CustomerProfit.of(lines, orders);
        Calibration calibration = Calibration.of(orders, until, unit);
        ModelFit<BgNbd> purchases = LifetimeValueModels.fitBgNbd(calibration.customers());
        ModelFit<GammaGamma> spend = LifetimeValueModels.fitGammaGamma(calibration.customers());
        double margin = margin(profits);
        List<CustomerValue> values = purchases.model().isPresent() && spend.model().isPresent()
                ? CustomerValue.of(calibration, purchases.model().get(), spend.model().get(), horizon, margin)
                : List.of();
        return new CustomerAnalysis(costs, calibration, horizon, profits, LossGroup.of(profits),
                Cohort.of(orders, profits, YearMonth.from(until)), purchases, spend, margin, values,
                values.isEmpty() ? Optional.empty() : Optional.of(ValueDistribution.of(values)),
                AcquisitionSource.rank(profits, values, Math.max(5, values.size() / 200), 10));
    }

    /** Profit before acquisition over revenue across all customers, within 0..1. */
    private static double margin(List<CustomerProfit> profits) {
        long revenue = profits.stream().mapToLong(CustomerProfit::revenue).sum();
        long kept = profits.stream().mapToLong(p -> p.profit() + p.acquisition()).sum();
        return revenue <= 0 ? 0 : Math.max(0, Math.min(1, kept / (double) revenue));
    }

    /** The customers who lose money, the worst first. */
    public List<CustomerProfit> losers() {
        return profits.stream().filter(p -> p.profit() < 0).sorted(Comparator.comparingLong(CustomerProfit::profit))
                .toList();
    }
}
