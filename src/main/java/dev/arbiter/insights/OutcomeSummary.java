package dev.arbiter.insights;

import dev.arbiter.insights.ActionOutcome.Verdict;
import dev.arbiter.model.ActionType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The outcomes of one action type: how many executed actions worked, did not, were inconclusive or could not be
 * judged yet, and the mean effect on contribution after ads per day of those measured.
 */
public record OutcomeSummary(ActionType type, Map<Verdict, Integer> counts, OptionalDouble meanContributionEffect) {

    public OutcomeSummary {
        Objects.requireNonNull(type, "type");
        counts = Map.copyOf(counts);
        Objects.requireNonNull(meanContributionEffect, "meanContributionEffect");
    }

    public int count(Verdict verdict) {
        return counts.getOrDefault(verdict, 0);
    }

    public int executed() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One summary per action type present, in the order of {@link ActionType}. */
    public static List<OutcomeSummary> byType(List<ActionOutcome> outcomes) {
        Map<ActionType, List<ActionOutcome>> byType = new EnumMap<>(ActionType.class);
        outcomes.forEach(outcome -> byType.computeIfAbsent(outcome.type(), t -> new ArrayList<>()).add(outcome));
        List<OutcomeSummary> summaries = new ArrayList<>();
        byType.forEach((type, list) -> {
            Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
            list.forEach(outcome -> counts.merge(outcome.verdict(), 1, Integer::sum));
            OptionalDouble mean = list.stream().flatMap(outcome -> outcome.effects().stream())
                    .mapToDouble(effects -> effects.contribution().effect()).average();
            summaries.add(new OutcomeSummary(type, counts, mean));
        });
        return summaries;
    }
}
