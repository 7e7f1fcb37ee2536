package dev.arbiter.report.html;

import dev.arbiter.model.Money;
import dev.arbiter.report.ActionLine;
import dev.arbiter.report.ActionSummary;
import dev.arbiter.economics.Contribution;
import dev.arbiter.report.HolisticReport;
import dev.arbiter.report.Profitability;
import dev.arbiter.report.ReportSection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Sections 5 and 6: where the money was made and lost, and what was done or is waiting to be decided. */
record ProfitAndActionsHtml(HtmlWriter html, Display display, HolisticReport report) {

    /** The spend-against-CM2 chart shows the categories with most revenue, up to this many. */
    static final int CHARTED_CATEGORIES = 12;

    void write() {
        profitability();
        actions();
    }

    private void profitability() {
        Profitability profit = report.profitability();
        Contribution total = profit.total();
        html.openSection(ReportSection.PROFITABILITY.anchor(), ReportSection.PROFITABILITY.heading(),
                "Of " + display.money(total.revenue()) + " revenue, " + display.money(total.contributionBeforeAds())
                        + " remained before ads (CM1) and " + display.money(total.contributionAfterAds())
                        + " after ads (CM2, " + display.percent(total.contributionAfterAdsPct()) + ").");
        html.raw("<figure>\n").element("figcaption", "", "Contribution waterfall");
        html.raw(new WaterfallChart(total, display).render()).raw("</figure>\n");
        List<Profitability.CategoryContribution> charted =
                profit.byCategory().stream().limit(CHARTED_CATEGORIES).toList();
        html.raw("<figure>\n").element("figcaption", "", "Ad spend against contribution after ads, by category"
                + (profit.byCategory().size() > CHARTED_CATEGORIES ? " (top " + CHARTED_CATEGORIES + " by revenue)" : ""));
        html.raw(new BarChart("Ad spend against CM2 by category",
                        charted.stream().map(Profitability.CategoryContribution::category).toList(),
                        List.of(new BarChart.Series("Ad spend", Svg.ORANGE,
                                        charted.stream().map(c -> amount(c.contribution().adSpend())).toList()),
                                new BarChart.Series("CM2", Svg.GREEN, charted.stream()
                                        .map(c -> amount(c.contribution().contributionAfterAds())).toList())),
                        display::compact, 0)
                .render());
        html.raw("</figure>\n");
        html.element("h3", "", "By category");
        List<List<String>> rows = profit.byCategory().stream().map(c -> contributionRow(
                        List.of(c.category(), display.count(c.skus())), c.contribution()))
                .toList();
        html.tableOrNone(List.of("Category", "SKUs", "Revenue", "COGS", "Fees", "Returns", "CM1", "Ad spend", "CM2",
                "CM2 %"), rows, 1, "No SKUs in this window.");
        html.element("h3", "", "Best SKUs by contribution after ads");
        skus(profit.best());
        html.element("h3", "", "Worst SKUs by contribution after ads");
        skus(profit.worst());
        html.closeSection();
    }

    private void skus(List<Profitability.SkuContribution> skus) {
        List<List<String>> rows = skus.stream().map(s -> List.of(
                        s.sku().value(),
                        s.title(),
                        s.category(),
                        s.objective().key(),
                        display.money(s.contribution().revenue()),
                        display.money(s.contribution().adSpend()),
                        display.money(s.contribution().contributionAfterAds()),
                        display.percent(s.contribution().contributionAfterAdsPct())))
                .toList();
        html.tableOrNone(List.of("SKU", "Title", "Category", "Objective", "Revenue", "Ad spend", "CM2", "CM2 %"), rows,
                4, "No SKUs.");
    }

    private List<String> contributionRow(List<String> first, Contribution c) {
        return Stream.concat(first.stream(), Stream.of(
                        display.money(c.revenue()),
                        display.money(c.cogs()),
                        display.money(c.fees()),
                        display.money(c.returnsCost()),
                        display.money(c.contributionBeforeAds()),
                        display.money(c.adSpend()),
                        display.money(c.contributionAfterAds()),
                        display.percent(c.contributionAfterAdsPct())))
                .toList();
    }

    private void actions() {
        ActionSummary actions = report.actions();
        int awaiting = actions.awaiting().stream().mapToInt(g -> g.actions().size()).sum();
        int blocked = actions.blocked().stream().mapToInt(g -> g.actions().size()).sum();
        html.openSection(ReportSection.ACTIONS.anchor(), ReportSection.ACTIONS.heading(),
                actions.taken().size() + " action(s) taken, " + awaiting + " awaiting a decision, " + blocked
                        + " blocked by a guardrail, " + actions.rejected().size() + " rejected.");
        html.element("h3", "", "Taken (auto-approved, approved and executed)");
        actionTable(actions.taken(), "No action was taken.");
        html.element("h3", "", "Awaiting a decision, by role");
        owned(actions.awaiting(), "Waiting for ", "Nothing is waiting for a decision.");
        html.element("h3", "", "Blocked, by guardrail");
        owned(actions.blocked(), "Blocked by ", "No guardrail blocked an action.");
        if (!actions.rejected().isEmpty()) {
            html.element("h3", "", "Rejected");
            actionTable(actions.rejected(), "");
        }
        html.closeSection();
    }

    private void owned(List<ActionSummary.OwnedActions> groups, String prefix, String none) {
        if (groups.isEmpty()) {
            html.element("p", "none", none);
        }
        for (ActionSummary.OwnedActions group : groups) {
            html.element("h4", "", prefix + group.owner() + " (" + group.actions().size() + ")");
            actionTable(group.actions(), "");
        }
    }

    private void actionTable(List<ActionLine> lines, String none) {
        List<List<String>> rows = lines.stream().map(a -> List.of(
                        a.id(),
                        a.type().key(),
                        a.description(),
                        a.status(),
                        a.owner(),
                        a.rationale().summary(),
                        a.rationale().figures().stream().map(display::figure).collect(Collectors.joining("; "))))
                .toList();
        html.tableOrNone(List.of("Id", "Type", "Action", "Status", "Owner", "Why", "Numbers"), rows, Integer.MAX_VALUE,
                none, "actions");
    }

    private static double amount(Money money) {
        return money.amount().doubleValue();
    }
}
