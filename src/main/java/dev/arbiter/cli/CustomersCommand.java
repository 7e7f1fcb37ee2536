package dev.arbiter.cli;

import dev.arbiter.customers.CustomerAnalysis;
import dev.arbiter.customers.OrderCosts;
import dev.arbiter.customers.PeriodUnit;
import dev.arbiter.customers.PlanMonth;
import dev.arbiter.customers.csv.PlanFile;
import dev.arbiter.customers.csv.OrderFileReading;
import dev.arbiter.customers.csv.OrderFormat;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Problem;
import dev.arbiter.report.CustomersSection;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code arbiter customers}: profit per customer, cohorts, BG/NBD and Gamma-Gamma lifetime value from an order file. */
@Command(name = "customers", description = "Customer profit, cohorts and lifetime value (BG/NBD, Gamma-Gamma) from an order file.")
final class CustomersCommand implements Callable<Integer> {
    private static final int PROBLEMS_SHOWN = 10;

    @Mixin
    WorkspaceOptions options;

    @Option(names = "--orders", required = true, paramLabel = "FILE", description = "The order file (.csv, .csv.gz, .txt).")
    Path orders;

    @Option(names = "--format", paramLabel = "F", description = "ours (default), online-retail or cdnow.")
    String format = "ours";

    @Option(names = "--until", paramLabel = "DATE", description = "End of the calibration period (default: the last order date).")
    LocalDate until;

    @Option(names = "--unit", paramLabel = "U", description = "Time unit of recency, age and horizon: day or week (default).")
    String unit = "week";

    @Option(names = "--horizon", paramLabel = "N", description = "CLV horizon in units (default: 52 weeks or 365 days).")
    Double horizon;

    @Option(names = "--plan", paramLabel = "FILE", description = "Plan CSV (month,new_customers,retention) to compare the cohorts with.")
    Path plan;

    @Option(names = "--json", description = "Print the analysis as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OrderFormat orderFormat = orderFormat();
        PeriodUnit periodUnit = periodUnit();
        Path dir = options.workspace().dir();
        WorkspaceOrderCosts workspaceCosts = WorkspaceOrderCosts.of(options.workspace());
        List<PlanMonth> targets = plan == null ? List.of() : PlanFile.read(plan);
        OrderFileReading reading = orderFormat.read(orders, workspaceCosts.currency());
        if (reading.lines().isEmpty()) {
            throw ArbiterException.badInput(reading.file() + " holds no usable order line",
                    reading.problems().subList(0, Math.min(PROBLEMS_SHOWN, reading.problems().size())));
        }
        OrderCosts costs = workspaceCosts.forOrders(reading.currency());
        LocalDate end = until == null ? CustomerAnalysis.lastOrderDate(reading.lines()) : until;
        double ahead = horizon == null ? (periodUnit == PeriodUnit.WEEK ? 52 : 365) : horizon;
        CustomerAnalysis analysis = CustomerAnalysis.of(reading.lines(), costs, end, periodUnit, ahead);
        List<PlanMonth.Comparison> comparisons = PlanMonth.compare(targets, analysis.cohorts());
        CustomersSectionFile.write(options.workspace(), CustomersSection.of(analysis, reading.currency(),
                analysis.purchases().model().map(CustomersText::bgNbd).orElse(analysis.purchases().describe()),
                analysis.spend().model().map(CustomersText::gammaGamma).orElse(analysis.spend().describe())));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CustomersJson.of(reading, analysis, comparisons));
        } else {
            out.println(workspaceCosts.describe());
            CustomersText.print(out, reading, analysis);
            CustomersText.plan(out, comparisons);
            out.println("wrote " + CustomersSectionFile.page(options.workspace())
                    + "; the next arbiter report includes the customers section");
        }
        out.flush();
        return reportProblems(reading, dir);
    }

    private int reportProblems(OrderFileReading reading, Path dir) {
        if (reading.problems().isEmpty()) {
            return ExitCode.OK.code();
        }
        PrintWriter err = spec.commandLine().getErr();
        Path log = dir.resolve("out").resolve("customers-quarantine.txt");
        try {
            Files.createDirectories(log.getParent());
            Files.write(log, reading.problems().stream().map(Problem::render).toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot write " + log + ": " + e.getMessage(), e);
        }
        err.println(String.format(Locale.ROOT, "arbiter: %d of %d rows quarantined; every problem is in %s",
                reading.quarantined(), reading.rows(), log));
        reading.problems().stream().limit(PROBLEMS_SHOWN).forEach(p -> err.println("  " + p.render()));
        if (reading.problems().size() > PROBLEMS_SHOWN) {
            err.println("  … and " + (reading.problems().size() - PROBLEMS_SHOWN) + " more");
        }
        err.flush();
        return ExitCode.BAD_INPUT.code();
    }

    private OrderFormat orderFormat() {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "ours" -> OrderFormat.OURS;
            case "online-retail" -> OrderFormat.ONLINE_RETAIL;
            case "cdnow" -> OrderFormat.CDNOW;
            default -> throw new ParameterException(spec.commandLine(),
                    "unknown --format '" + format + "'; expected ours, online-retail or cdnow");
        };
    }

    private PeriodUnit periodUnit() {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "day" -> PeriodUnit.DAY;
            case "week" -> PeriodUnit.WEEK;
            default -> throw new ParameterException(spec.commandLine(), "unknown --unit '" + unit + "'; expected day or week");
        };
    }
}
