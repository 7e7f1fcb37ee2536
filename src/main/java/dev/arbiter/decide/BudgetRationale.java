package dev.arbiter.decide;

import dev.arbiter.economics.SpendResponseCurve;
import dev.arbiter.model.Figure;
import dev.arbiter.model.Money;
import dev.arbiter.model.Rationale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The numbers behind a budget change: the curve, marginal ROAS and contribution before and after, the envelope. */
final class BudgetRationale {
    private BudgetRationale() {}

    static Rationale of(PortfolioArbitration portfolio, CampaignArbitration campaign) {
        SpendResponseCurve curve = campaign.fit().curve();
        double before = campaign.currentSpend();
        double after = campaign.proposedSpend();
        String where = portfolio.portfolio().isEmpty() ? "no portfolio" : portfolio.portfolio();
        // no margin or contribution in the sentence: a margin-tier viewer (the agency) sees it, not the figures
        String summary = String.format(Locale.ROOT,
                "%s (%s): at %.2f a day marginal ROAS %.2f, so the next 1.00 of spend keeps %s than it costs; at %.2f a"
                        + " day %.2f (sales = %.2f × spend^%.2f)",
                where, portfolio.state(), before, curve.marginalRoas(before),
                curve.marginalContributionAfterAds(before) > 0 ? "more" : "less", after, curve.marginalRoas(after),
                curve.scale(), curve.elasticity());
        var currency = campaign.currentBudget().currency();
        List<Figure> figures = new ArrayList<>(List.of(
                Figure.ratio("curve_scale", round(curve.scale())),
                Figure.ratio("curve_elasticity", round(curve.elasticity())),
                Figure.ratio("cm1_margin", round(curve.margin())),
                Figure.count("fit_days", campaign.fit().spendDays()),
                Figure.ratio("own_weight", round(campaign.fit().ownWeight())),
                Figure.money("daily_spend_before", money(before, currency)),
                Figure.money("daily_spend_after", money(after, currency)),
                Figure.ratio("marginal_roas_before", round(curve.marginalRoas(before))),
                Figure.ratio("marginal_roas_after", round(curve.marginalRoas(after))),
                Figure.ratio("marginal_contribution_before", round(curve.marginalContributionAfterAds(before))),
                Figure.ratio("marginal_contribution_after", round(curve.marginalContributionAfterAds(after)))));
        portfolio.envelope().ifPresent(envelope -> {
            figures.add(Figure.money("envelope_monthly", envelope.monthly()));
            figures.add(Figure.money("envelope_daily", money(envelope.daily(), currency)));
            figures.add(Figure.money("portfolio_daily_spend_before", money(portfolio.currentSpend(), currency)));
            figures.add(Figure.money("portfolio_daily_spend_after", money(portfolio.proposedSpend(), currency)));
        });
        return new Rationale(summary, figures);
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static Money money(double amount, java.util.Currency currency) {
        return Money.of(BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN), currency);
    }
}
