package dev.arbiter.report;

import dev.arbiter.customers.AcquisitionSource;
import dev.arbiter.customers.Cohort;
import dev.arbiter.customers.CustomerAnalysis;
import dev.arbiter.customers.CustomerProfit;
import dev.arbiter.customers.ValueDistribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The holistic report's customers section: who makes and loses money, the retention matrix of the cohorts, the
 * lifetime-value models and how value is spread, and where valuable customers come from. Plain values, so that it
 * can be kept beside the workspace and rendered by the next report.
 */
public record CustomersSection(
        String currency,
        int customers,
        int losingCustomers,
        double loss,
        String purchaseModel,
        String spendModel,
        List<CohortRow> cohorts,
        List<Double> decileMeans,
        double topTenShare,
        double topTwentyShare,
        List<Source> sources) {

    public CustomersSection {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(purchaseModel, "purchaseModel");
        Objects.requireNonNull(spendModel, "spendModel");
        cohorts = List.copyOf(cohorts);
        decileMeans = List.copyOf(decileMeans);
        sources = List.copyOf(sources);
    }

    /** One cohort's row of the retention matrix: the share of its customers buying in each month after the first. */
    public record CohortRow(String month, int customers, List<Double> retention) {
        public CohortRow {
            retention = List.copyOf(retention);
        }
    }

    /** A first-purchase product, channel or campaign and the mean predicted CLV of the customers it brought. */
    public record Source(String kind, String name, int customers, double meanClv) {}

    /** The section of {@code analysis}; {@code purchaseModel} and {@code spendModel} describe the fits in words. */
    public static CustomersSection of(
            CustomerAnalysis analysis, String currency, String purchaseModel, String spendModel) {
        List<CohortRow> cohorts = new ArrayList<>();
        for (Cohort cohort : analysis.cohorts()) {
            List<Double> retention = new ArrayList<>();
            cohort.months().forEach(m -> retention.add(cohort.retention(m.offset())));
            cohorts.add(new CohortRow(cohort.month().toString(), cohort.customers(), retention));
        }
        List<CustomerProfit> losers = analysis.losers();
        ValueDistribution distribution = analysis.distribution().orElse(new ValueDistribution(List.of(), 0, 0));
        return new CustomersSection(currency, analysis.profits().size(), losers.size(),
                -losers.stream().mapToLong(CustomerProfit::profit).sum() / 100.0, purchaseModel, spendModel, cohorts,
                distribution.deciles().stream().map(ValueDistribution.Decile::meanClv).toList(),
                distribution.topTenShare(), distribution.topTwentyShare(),
                analysis.sources().stream().map(CustomersSection::source).toList());
    }

    private static Source source(AcquisitionSource source) {
        return new Source(source.kind(), source.name(), source.customers(), source.meanClv());
    }
}
