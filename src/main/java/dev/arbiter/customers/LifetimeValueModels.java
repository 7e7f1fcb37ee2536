package dev.arbiter.customers;

import java.util.List;

/** Fits BG/NBD to purchase counts and Gamma-Gamma to spend, both by maximum likelihood. */
public final class LifetimeValueModels {
    private LifetimeValueModels() {}

    /** BG/NBD over every customer of the calibration period. */
    public static ModelFit<BgNbd> fitBgNbd(List<RepeatPurchases> customers) {
        return MaximumLikelihood.fit(new BgNbdLikelihood(customers), (p, ll) -> new BgNbd(p[0], p[1], p[2], p[3], ll));
    }

    /** Gamma-Gamma over the repeat buyers (customers with no repeat purchase carry no spend information). */
    public static ModelFit<GammaGamma> fitGammaGamma(List<RepeatPurchases> customers) {
        return MaximumLikelihood.fit(new GammaGammaLikelihood(customers), (p, ll) -> new GammaGamma(p[0], p[1], p[2], ll));
    }
}
