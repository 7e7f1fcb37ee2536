package dev.arbiter.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.demo.Backtest;
import dev.arbiter.demo.BacktestResult;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code arbiter backtest}: Arbiter's policy against a siloed ROAS-chasing policy on the demo brand's market. */
@Command(name = "backtest", description = "Run Arbiter's policy and a siloed ROAS-chasing policy on the demo market"
        + " and compare what each earned.")
final class BacktestCommand implements Callable<Integer> {
    private static final String HEADER = "%-8s  %22s  %12s  %14s  %13s";
    private static final String ROW = "%-8s  %22s  %12s  %14s  %13d";

    @Option(names = "--days", description = "Simulated days under each policy (default: ${DEFAULT-VALUE}).")
    int days = 60;

    @Option(names = "--seed", description = "Seed of the demo market, as for arbiter demo (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--json", description = "Print one JSON object per policy.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (days < 7 || days > 365) {
            throw new ParameterException(spec.commandLine(), "--days must be between 7 and 365, got " + days);
        }
        List<BacktestResult> results = Backtest.of(seed).run(days);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? toJson(results) : table(results));
        out.flush();
        return ExitCode.OK.code();
    }

    private String table(List<BacktestResult> results) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "backtest of the demo brand (seed %d): %d days from %s, weekly reviews, amounts in USD%n",
                seed, days, Backtest.FIRST_DAY));
        text.append(String.format(Locale.ROOT, HEADER,
                "policy", "contribution_after_ads", "ad_spend", "revenue", "stockout_days"));
        for (BacktestResult result : results) {
            text.append(String.format(Locale.ROOT, "%n" + ROW, result.policy(),
                    dollars(result.contributionAfterAdsCents()), dollars(result.adSpendCents()),
                    dollars(result.revenueCents()), result.stockoutDays()));
        }
        return text.toString();
    }

    private static String toJson(List<BacktestResult> results) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (BacktestResult result : results) {
            ObjectNode node = array.addObject();
            node.put("policy", result.policy());
            node.put("contribution_after_ads", BigDecimal.valueOf(result.contributionAfterAdsCents(), 2));
            node.put("ad_spend", BigDecimal.valueOf(result.adSpendCents(), 2));
            node.put("revenue", BigDecimal.valueOf(result.revenueCents(), 2));
            node.put("stockout_days", result.stockoutDays());
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render the backtest as JSON", e);
        }
    }

    private static String dollars(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
