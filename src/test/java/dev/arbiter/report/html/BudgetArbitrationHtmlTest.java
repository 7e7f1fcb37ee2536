package dev.arbiter.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.decide.CampaignArbitration;
import dev.arbiter.decide.PortfolioArbitration;
import dev.arbiter.decide.PortfolioEnvelope;
import dev.arbiter.economics.CampaignSpendHistory;
import dev.arbiter.economics.SpendResponseCurve;
import dev.arbiter.economics.SpendResponseFit;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.Money;
import dev.arbiter.policy.BudgetKind;
import dev.arbiter.report.ReportBuilder;
import dev.arbiter.report.ReportFixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BudgetArbitrationHtmlTest {
    private static final Pattern DOT = Pattern.compile("<circle cx=\"[^\"]+\" cy=\"[^\"]+\" r=\"3\" fill=\"[^\"]+\">"
            + "<title>([^<]+)</title>");

    @Test
    void the_media_section_shows_each_portfolio_with_its_curve_and_its_current_and_proposed_points() {
        // sales = 10 × spend^0.5 at a 45 % margin: at 25 a day contribution after ads is 0.45 × 50 − 25 = −2.5; cut to
        // 20 a day it is 0.45 × 10 × √20 − 20 = 0.12
        SpendResponseFit fit = new SpendResponseFit(new SpendResponseCurve(10, 0.5, 0.45), 28, 1.0, 0.5, List.of());
        Money budget = Money.of("25.00", "USD");
        CampaignSpendHistory history = new CampaignSpendHistory(new CampaignId("1"), "Garlic Press - Exact",
                Optional.of("P1"), "Growth", Optional.empty(), budget, true, List.of(), Map.of());
        PortfolioArbitration growth = new PortfolioArbitration("Growth", Optional.of(new PortfolioEnvelope("Growth",
                BudgetKind.GROWTH, Money.of("20000", "USD"), true, "true")), 0,
                List.of(new CampaignArbitration(history, fit, 25, 20, budget, Money.of("20.00", "USD"), "")));
        String page = HtmlReport.render(ReportBuilder.build(ReportFixtures.threeSkusOverTwoDays()), Optional.empty(),
                Optional.empty(), List.of(), List.of(growth));
        String media = page.substring(page.indexOf("<section id=\"media\""), page.indexOf("<section id=\"conversion\""));
        assertTrue(media.contains("<td>Growth</td>\n<td>growth, released</td>\n<td class=\"num\">1 of 1</td>\n"
                + "<td class=\"num\">USD 25.00 → USD 20.00</td>\n<td class=\"num\">0</td>\n<td class=\"num\">1</td>"),
                media);
        Matcher dots = DOT.matcher(media.substring(media.indexOf("Growth: ad spend against contribution")));
        assertTrue(dots.find());
        assertEquals("proposed: 20 a day keeps 0.1", dots.group(1));
        assertTrue(dots.find());
        assertEquals("now: 25 a day keeps -2.5", dots.group(1));
    }
}
