package dev.arbiter.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.customers.AcquisitionSource;
import dev.arbiter.customers.Cohort;
import dev.arbiter.customers.CustomerAnalysis;
import dev.arbiter.customers.CustomerProfit;
import dev.arbiter.customers.LossGroup;
import dev.arbiter.customers.PlanMonth;
import dev.arbiter.customers.ValueDistribution;
import dev.arbiter.customers.csv.OrderFileReading;
import java.util.List;

/** The customers analysis as JSON: the fits, the deciles, the cohort matrix, the losers and the sources. */
final class CustomersJson {
    private CustomersJson() {}

    static String of(OrderFileReading reading, CustomerAnalysis analysis, List<PlanMonth.Comparison> comparisons) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("file", reading.file()).put("currency", reading.currency()).put("rows", reading.rows())
                .put("quarantined", reading.quarantined()).put("customers", analysis.profits().size());
        root.put("until", analysis.calibration().until().toString())
                .put("unit", analysis.calibration().unit().name().toLowerCase(java.util.Locale.ROOT))
                .put("horizon", analysis.horizon()).put("margin", analysis.margin())
                .put("repeat_transactions", analysis.calibration().repeatTransactions());
        ObjectNode bgnbd = root.putObject("bgnbd").put("status", analysis.purchases().describe());
        analysis.purchases().model().ifPresent(m -> bgnbd.put("r", m.r()).put("alpha", m.alpha()).put("a", m.a())
                .put("b", m.b()).put("log_likelihood", m.logLikelihood()));
        ObjectNode gammaGamma = root.putObject("gamma_gamma").put("status", analysis.spend().describe());
        analysis.spend().model().ifPresent(m -> gammaGamma.put("p", m.p()).put("q", m.q()).put("gamma", m.gamma())
                .put("log_likelihood", m.logLikelihood()));
        ObjectNode profit = root.putObject("profit")
                .put("total", analysis.profits().stream().mapToLong(CustomerProfit::profit).sum() / 100.0)
                .put("losing_customers", analysis.losers().size());
        ArrayNode losses = profit.putArray("losses");
        for (LossGroup group : analysis.losses()) {
            losses.addObject().put("by", group.dimension()).put("value", group.value())
                    .put("customers", group.customers()).put("loss", group.loss() / 100.0);
        }
        analysis.distribution().ifPresent(d -> distribution(root.putObject("clv"), d));
        ArrayNode cohorts = root.putArray("cohorts");
        for (Cohort cohort : analysis.cohorts()) {
            ObjectNode node = cohorts.addObject().put("month", cohort.month().toString())
                    .put("customers", cohort.customers());
            ArrayNode retention = node.putArray("retention");
            ArrayNode orders = node.putArray("cumulative_orders_per_customer");
            ArrayNode profits = node.putArray("cumulative_profit_per_customer");
            for (Cohort.CohortMonth month : cohort.months()) {
                retention.add(cohort.retention(month.offset()));
                orders.add(cohort.cumulativeOrdersPerCustomer(month.offset()));
                profits.add(cohort.cumulativeProfitPerCustomer(month.offset()) / 100);
            }
        }
        ArrayNode sources = root.putArray("worth_acquiring");
        for (AcquisitionSource source : analysis.sources()) {
            sources.addObject().put("kind", source.kind()).put("name", source.name())
                    .put("customers", source.customers()).put("mean_clv", source.meanClv());
        }
        ArrayNode plan = root.putArray("plan");
        for (PlanMonth.Comparison c : comparisons) {
            ObjectNode node = plan.addObject().put("month", c.month().toString())
                    .put("planned_customers", c.plannedCustomers()).put("actual_customers", c.actualCustomers())
                    .put("planned_retention", c.plannedRetention());
            c.actualRetention().ifPresentOrElse(r -> node.put("actual_retention", r), () -> node.putNull("actual_retention"));
        }
        return root.toPrettyString();
    }

    private static void distribution(ObjectNode clv, ValueDistribution d) {
        clv.put("top_10_share", d.topTenShare()).put("top_20_share", d.topTwentyShare());
        ArrayNode deciles = clv.putArray("deciles");
        for (ValueDistribution.Decile decile : d.deciles()) {
            deciles.addObject().put("decile", decile.rank()).put("customers", decile.customers())
                    .put("mean", decile.meanClv()).put("lowest", decile.lowestClv()).put("total", decile.totalClv());
        }
    }
}
