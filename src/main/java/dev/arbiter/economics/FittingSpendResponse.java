package dev.arbiter.economics;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits spend-response curves {@code sales = scale × spend^elasticity} from campaigns' daily history (issue 5 item
 * 3) by least squares over the days with spend. The elasticity is shrunk toward the portfolio's pooled elasticity
 * (one elasticity, a scale per campaign) by precision, so a campaign with few days or steady spend keeps the
 * portfolio's; the portfolio's is shrunk the same way toward the brand prior. The scale is then the campaign's own
 * least-squares scale at that elasticity. Sales include the organic halo credited to the spend ({@link SpendDay}); the
 * priors are stated for ad-attributed sales and scaled by the attributed share of sales, so without evidence a curve's
 * marginal sales are what the prior says of attributed sales alone, and only the days can show a halo.
 */
public final class FittingSpendResponse {
    /**
     * @param minDays days with spend below which a fit is not trusted
     * @param minSpendVariation standard deviation of log daily spend below which spend "never varied"
     * @param campaignSpread how far a campaign's elasticity is expected to stray from its portfolio's
     * @param brandPrior the elasticity a portfolio whose own days cannot tell is assumed to have
     */
    public record Settings(int minDays, double minSpendVariation, double campaignSpread, SpendResponsePrior brandPrior) {
        /** 14 days, 10 % variation, a campaign spread of 0.15 around its portfolio, portfolios around 0.5 ± 0.25. */
        public static Settings defaults() {
            return new Settings(14, 0.10, 0.15, new SpendResponsePrior(0.5, 0.25));
        }
    }

    private final Settings settings;

    public FittingSpendResponse(Settings settings) {
        this.settings = settings;
    }

    /** The prior for a portfolio's campaigns: their pooled within-campaign slope, shrunk toward the brand prior. */
    public SpendResponsePrior portfolioPrior(List<List<SpendDay>> campaigns) {
        ProfiledLeastSquares pooled = new ProfiledLeastSquares();
        campaigns.forEach(pooled::add);
        double share = attributedShare(campaigns.stream().flatMap(List::stream).toList());
        double elasticity = Math.min(ProfiledLeastSquares.HIGHEST,
                shrunk(pooled, scaled(settings.brandPrior(), share)).elasticity / share);
        return new SpendResponsePrior(elasticity, settings.campaignSpread());
    }

    /** Ad-attributed sales as a share of the sales credited to the spend, on days with spend; 1 without sales. */
    private static double attributedShare(List<SpendDay> days) {
        double sales = 0;
        double attributed = 0;
        for (SpendDay day : days) {
            if (day.spend() > 0) {
                sales += day.sales();
                attributed += day.attributedSales();
            }
        }
        return sales > 0 && attributed > 0 ? attributed / sales : 1;
    }

    private static SpendResponsePrior scaled(SpendResponsePrior prior, double share) {
        return new SpendResponsePrior(prior.elasticity() * share, prior.spread() * share);
    }

    /** One campaign's curve at the given CM1 margin, its elasticity shrunk toward {@code prior}. */
    public SpendResponseFit fit(List<SpendDay> days, double margin, SpendResponsePrior prior) {
        ProfiledLeastSquares evidence = new ProfiledLeastSquares().add(days);
        Shrunk shrunk = shrunk(evidence, scaled(prior, attributedShare(days)));
        double sales = 0;
        int spendDays = 0;
        double sumLog = 0;
        double sumLogSquared = 0;
        for (SpendDay day : days) {
            if (day.spend() > 0) {
                spendDays++;
                sales += day.sales();
                sumLog += Math.log(day.spend());
                sumLogSquared += Math.log(day.spend()) * Math.log(day.spend());
            }
        }
        List<SpendResponseFit.Doubt> doubts = new ArrayList<>();
        if (spendDays < settings.minDays()) {
            doubts.add(SpendResponseFit.Doubt.TOO_FEW_DAYS);
        }
        double variance = spendDays > 1 ? (sumLogSquared - sumLog * sumLog / spendDays) / (spendDays - 1) : 0;
        if (spendDays > 0 && Math.sqrt(Math.max(variance, 0)) < settings.minSpendVariation()) {
            doubts.add(SpendResponseFit.Doubt.SPEND_NEVER_VARIED);
        }
        if (sales <= 0) {
            doubts.add(SpendResponseFit.Doubt.NO_SALES);
        }
        SpendResponseCurve curve = new SpendResponseCurve(
                ProfiledLeastSquares.scale(days, shrunk.elasticity), shrunk.elasticity, margin);
        return new SpendResponseFit(curve, spendDays, shrunk.ownWeight, shrunk.own, doubts);
    }

    private record Shrunk(double elasticity, double ownWeight, double own) {}

    private static Shrunk shrunk(ProfiledLeastSquares evidence, SpendResponsePrior prior) {
        double own = evidence.elasticity();
        double precision = evidence.precision(own);
        if (precision <= 0) {
            return new Shrunk(prior.elasticity(), 0, Double.NaN);
        }
        double priorPrecision = 1 / (prior.spread() * prior.spread());
        double weight = precision / (precision + priorPrecision);
        return new Shrunk(weight * own + (1 - weight) * prior.elasticity(), weight, own);
    }
}
