package dev.arbiter.report;

import dev.arbiter.economics.Contribution;
import dev.arbiter.economics.SkuDay;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetAcos;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Money;
import dev.arbiter.model.Objective;
import dev.arbiter.model.ObjectiveInForce;
import dev.arbiter.model.ObjectivePlan;
import dev.arbiter.model.ObjectiveTerms;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds the holistic report from the economics of a window: pure arithmetic on values, no I/O. */
public final class ReportBuilder {

    private ReportBuilder() {}

    /**
     * The report of {@code input}. SKU-days outside the window are left out of the trend.
     *
     * @throws ArbiterException of kind USER when there is nothing to report or the data mixes currencies
     */
    public static HolisticReport build(ReportInput input) {
        Currency currency = currencyOf(input);
        List<SkuEconomics> skus = input.skus();
        List<SkuDay> days =
                input.days().stream().filter(d -> input.window().contains(d.day())).toList();
        Contribution total = skus.stream().map(Contribution::of).reduce(Contribution.zero(currency), Contribution::plus);
        Money adSales = sum(skus.stream().map(SkuEconomics::adSales), currency);
        return new HolisticReport(
                input.brand(),
                input.window(),
                currency,
                objectives(skus, input.terms(), currency),
                timeBound(skus, input.objectives(), input.window()),
                RetailHealth.of(skus, input.terms().clearStockCoverDays()),
                MediaDelivery.of(input.targets(), total, adSales, days, AdProductLine.of(input.adProducts(), currency)),
                Conversion.of(skus),
                Profitability.of(skus, total),
                ActionSummary.of(input.actions()));
    }

    private static List<ObjectiveLine> objectives(List<SkuEconomics> skus, ObjectiveTerms terms, Currency currency) {
        Map<Objective, List<SkuEconomics>> byObjective = skus.stream()
                .collect(Collectors.groupingBy(SkuEconomics::objective, () -> new EnumMap<>(Objective.class),
                        Collectors.toList()));
        return byObjective.entrySet().stream().map(e -> {
            List<SkuEconomics> group = e.getValue();
            Contribution contribution =
                    group.stream().map(Contribution::of).reduce(Contribution.zero(currency), Contribution::plus);
            double target = TargetAcos.of(e.getKey(), contribution.contributionBeforeAdsPct(), terms);
            int above = (int) group.stream().filter(s -> isAboveTarget(s, terms)).count();
            return new ObjectiveLine(e.getKey(), group.size(), contribution,
                    sum(group.stream().map(SkuEconomics::adSales), currency), target, above);
        }).toList();
    }

    /** The time-bounded entries that set some SKU's objective on the window's last day, in the plan's order. */
    private static List<TimeBoundObjective> timeBound(List<SkuEconomics> skus, ObjectivePlan plan, DateRange window) {
        Map<ObjectiveInForce, Long> counts = skus.stream()
                .flatMap(sku -> plan.inForce(sku.sku(), sku.category(), window.to())
                        .filter(entry -> entry.objective() == sku.objective()).stream())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> plan.assignments().indexOf(e.getKey().entry())))
                .map(e -> new TimeBoundObjective(e.getKey(), e.getValue().intValue()))
                .toList();
    }

    /** A SKU that spends on ads above the ACoS its objective allows, or spends without any ad sales. */
    private static boolean isAboveTarget(SkuEconomics sku, ObjectiveTerms terms) {
        if (sku.adSpend().isZero()) {
            return false;
        }
        double acos = sku.acos();
        return Double.isNaN(acos) || acos > TargetAcos.of(sku.objective(), sku.breakEvenAcos(), terms);
    }

    private static Money sum(Stream<Money> amounts, Currency currency) {
        return amounts.reduce(Money.zero(currency), Money::plus);
    }

    private static Currency currencyOf(ReportInput input) {
        Set<String> codes = Stream.of(
                        input.skus().stream().map(s -> s.revenue().currency()),
                        input.days().stream().map(d -> d.revenue().currency()),
                        input.targets().stream().map(t -> t.spend().currency()),
                        input.adProducts().stream().map(a -> a.spend().currency()))
                .flatMap(s -> s)
                .map(Currency::getCurrencyCode)
                .collect(Collectors.toCollection(TreeSet::new));
        if (codes.isEmpty()) {
            throw new ArbiterException(ErrorKind.USER, "nothing to report for " + input.brand() + " in "
                    + input.window() + ": no SKU economics, sales days or advertising targets; ingest reports first");
        }
        if (codes.size() > 1) {
            throw new ArbiterException(ErrorKind.USER, "the report for " + input.brand() + " mixes "
                    + String.join(" and ", codes) + "; report one marketplace at a time");
        }
        return Currency.getInstance(codes.iterator().next());
    }
}
