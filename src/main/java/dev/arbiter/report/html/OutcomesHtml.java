package dev.arbiter.report.html;

import dev.arbiter.insights.ActionOutcome;
import dev.arbiter.insights.ActionOutcome.Verdict;
import dev.arbiter.insights.OutcomeSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcomes section: per action type, how many executed actions worked, did not or were inconclusive against
 * their control groups, a chart of the mean effect on contribution after ads per day, and the measured actions.
 */
final class OutcomesHtml {
    static final String ANCHOR = "outcomes";
    private static final int MOST_ACTIONS = 30;

    private OutcomesHtml() {}

    static void write(HtmlWriter html, List<ActionOutcome> outcomes) {
        List<OutcomeSummary> summaries = OutcomeSummary.byType(outcomes);
        long measured = outcomes.stream().filter(o -> o.verdict().measured()).count();
        long notYet = outcomes.stream().filter(o -> o.verdict() == Verdict.NOT_YET).count();
        html.openSection(ANCHOR, "Outcomes", String.format(Locale.ROOT, "%,d executed actions: %,d measured against "
                + "similar untouched targets, SKUs or campaigns (difference-in-differences, 95 %% intervals), %,d without"
                + " enough days since execution yet.", outcomes.size(), measured, notYet));
        List<OutcomeSummary> withEffect = summaries.stream().filter(s -> s.meanContributionEffect().isPresent()).toList();
        if (!withEffect.isEmpty()) {
            html.raw("<figure>\n").element("figcaption", "", "Mean effect on contribution after ads per day, by action type");
            html.raw(new BarChart("Mean effect on contribution after ads per day",
                    withEffect.stream().map(s -> s.type().key()).toList(),
                    List.of(new BarChart.Series("Contribution after ads per day", Svg.GREEN,
                            withEffect.stream().map(s -> s.meanContributionEffect().getAsDouble()).toList())),
                    v -> String.format(Locale.ROOT, "%+,.2f", v), 0).render());
            html.raw("</figure>\n");
        }
        List<List<String>> rows = summaries.stream().map(s -> List.of(s.type().key(), count(s.executed()),
                count(s.count(Verdict.WORKED)), count(s.count(Verdict.DID_NOT_WORK)), count(s.count(Verdict.INCONCLUSIVE)),
                count(s.count(Verdict.NOT_YET)))).toList();
        html.table(List.of("Action type", "Executed", "Worked", "Did not work", "Inconclusive", "Not yet"), rows, 1);
        List<List<String>> actions = new ArrayList<>();
        outcomes.stream().filter(o -> o.verdict().measured()).limit(MOST_ACTIONS).forEach(o -> actions.add(List.of(
                o.verdict().label(), o.description(), o.note())));
        html.tableOrNone(List.of("Verdict", "Action", "Effect"), actions, 3,
                "No executed action has enough days of data after it yet.");
        html.closeSection();
    }

    private static String count(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
