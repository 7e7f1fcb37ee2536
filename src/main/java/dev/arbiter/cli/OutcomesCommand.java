package dev.arbiter.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.insights.ActionOutcome;
import dev.arbiter.insights.ActionOutcome.Verdict;
import dev.arbiter.insights.DifferenceInDifferences;
import dev.arbiter.insights.OutcomeSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code arbiter outcomes}: what executed actions did, per action type and per action, against control groups. */
@Command(name = "outcomes",
        description = "Compare each executed action's N days after with the N days before, against similar untouched units.")
final class OutcomesCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions options;

    @Option(names = "--days", paramLabel = "N", description = "Days compared on each side (default 14, at least 2).")
    int days = Outcomes.DEFAULT_DAYS;

    @Option(names = "--json", description = "Print one JSON object per action type and per action.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (days < 2) {
            throw new ParameterException(spec.commandLine(), "--days must be at least 2, got " + days);
        }
        try (Session session = Session.open(options.workspace())) {
            List<ActionOutcome> outcomes = Outcomes.of(session, days);
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? toJson(outcomes) : text(outcomes));
            out.flush();
            return ExitCode.OK.code();
        }
    }

    private String text(List<ActionOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return "no executed actions yet: outcomes need actions executed and " + days + " days of data after them";
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%-17s %8s %7s %12s %12s %8s %10s %22s%n", "type", "executed", "worked", "did not work", "inconclusive",
                "not yet", "unjudged", "contribution/day"));
        for (OutcomeSummary summary : OutcomeSummary.byType(outcomes)) {
            int unjudged = summary.count(Verdict.NO_HISTORY) + summary.count(Verdict.NO_CONTROL)
                    + summary.count(Verdict.NOT_MEASURED);
            out.append(String.format(Locale.ROOT, "%-17s %8d %7d %12d %12d %8d %10d %22s%n", summary.type().key(),
                    summary.executed(), summary.count(Verdict.WORKED), summary.count(Verdict.DID_NOT_WORK),
                    summary.count(Verdict.INCONCLUSIVE), summary.count(Verdict.NOT_YET), unjudged,
                    summary.meanContributionEffect().isPresent()
                            ? String.format(Locale.ROOT, "%+.2f", summary.meanContributionEffect().getAsDouble()) : "-"));
        }
        out.append('\n');
        for (ActionOutcome outcome : outcomes) {
            out.append(String.format(Locale.ROOT, "%-15s %-13s %s  %s%n", outcome.id(), outcome.verdict().label(),
                    outcome.executedOn(), outcome.description()));
            out.append("                ").append(outcome.note()).append('\n');
        }
        out.append(outcomes.size()).append(" executed action(s), ").append(days).append(" days each side");
        return out.toString();
    }

    private static String toJson(List<ActionOutcome> outcomes) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode types = root.putArray("types");
        for (OutcomeSummary summary : OutcomeSummary.byType(outcomes)) {
            ObjectNode node = types.addObject().put("type", summary.type().key()).put("executed", summary.executed());
            for (Verdict verdict : Verdict.values()) {
                node.put(verdict.name().toLowerCase(Locale.ROOT), summary.count(verdict));
            }
            summary.meanContributionEffect().ifPresent(mean -> node.put("mean_contribution_effect_per_day", mean));
        }
        ArrayNode actions = root.putArray("actions");
        for (ActionOutcome outcome : outcomes) {
            ObjectNode node = actions.addObject().put("id", outcome.id()).put("type", outcome.type().key())
                    .put("description", outcome.description()).put("executed_on", outcome.executedOn().toString())
                    .put("unit", outcome.unit()).put("verdict", outcome.verdict().name().toLowerCase(Locale.ROOT))
                    .put("note", outcome.note()).put("controls", outcome.controls());
            outcome.effects().ifPresent(effects -> {
                ObjectNode per = node.putObject("effects_per_day");
                estimate(per, "clicks", effects.clicks());
                estimate(per, "spend", effects.spend());
                estimate(per, "sales", effects.sales());
                estimate(per, "orders", effects.orders());
                estimate(per, "contribution_after_ads", effects.contribution());
                if (!Double.isNaN(effects.acosChange())) {
                    node.put("acos_change", effects.acosChange());
                }
            });
        }
        return root.toPrettyString();
    }

    private static void estimate(ObjectNode parent, String name, DifferenceInDifferences.Estimate estimate) {
        parent.putObject(name).put("effect", estimate.effect()).put("low", estimate.low()).put("high", estimate.high());
    }
}
