package dev.arbiter.report.html;

import dev.arbiter.decide.CampaignArbitration;
import dev.arbiter.decide.PortfolioArbitration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** Budget arbitration in the media section: a spend-response chart per portfolio and a short table (issue 5). */
record BudgetArbitrationHtml(HtmlWriter html, Display display, List<PortfolioArbitration> portfolios) {

    void write() {
        if (portfolios.isEmpty()) {
            return;
        }
        html.element("h3", "", "Budget arbitration");
        html.element("p", "", "Each campaign's daily sales (its ad-attributed sales plus its share, by ad spend, of "
                + "its SKUs' organic sales) are fitted as a × spend^b from its last 60 days; each portfolio's spend "
                + "moves toward equal marginal contribution after ads across its campaigns, inside its envelope; a "
                + "budget is cut only where it binds and its spend clearly loses. Each curve scales all of a portfolio's trusted campaigns alike; the proposed point lies "
                + "above it where moving money between campaigns keeps more.");
        List<List<String>> rows = portfolios.stream().map(p -> List.of(
                        p.portfolio().isEmpty() ? "(no portfolio)" : p.portfolio(),
                        p.state(),
                        trusted(p),
                        money(p.currentSpend()) + " → " + money(p.proposedSpend()),
                        changes(p, 1),
                        changes(p, -1)))
                .toList();
        html.table(List.of("Portfolio", "Envelope", "Trusted curves", "Spend per day", "Raised", "Cut"), rows, 2);
        html.raw("<div class=\"curves\">\n");
        for (PortfolioArbitration portfolio : portfolios) {
            PortfolioCurveChart chart = new PortfolioCurveChart(portfolio, display);
            if (!chart.trusted().isEmpty()) {
                html.raw("<figure>\n");
                html.element("figcaption", "", (portfolio.portfolio().isEmpty() ? "No portfolio" : portfolio.portfolio())
                        + ": spend vs contribution after ads per day");
                html.raw(chart.render()).raw("</figure>\n");
            }
        }
        html.raw("</div>\n");
    }

    private static String trusted(PortfolioArbitration portfolio) {
        long trusted = portfolio.campaigns().stream().filter(c -> c.fit().trustworthy()).count();
        return String.format(Locale.ROOT, "%d of %d", trusted, portfolio.campaigns().size());
    }

    private static String changes(PortfolioArbitration portfolio, int sign) {
        return String.valueOf(portfolio.campaigns().stream().filter(CampaignArbitration::changed)
                .filter(c -> Integer.signum(c.proposedBudget().compareTo(c.currentBudget())) == sign).count());
    }

    private String money(double amount) {
        return display.money(BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN));
    }
}
