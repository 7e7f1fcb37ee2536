package dev.arbiter.economics;

import java.util.ArrayList;
import java.util.List;

/**
 * Least squares of daily sales on {@code scale × spend^elasticity} over one or more campaigns, each with its own
 * scale and one shared elasticity: for a given elasticity each scale has a closed form, so the sum of squares is a
 * function of the elasticity alone, minimised by golden-section search. Zero-sales days count (a log-space fit
 * would have to drop them and overstate the sales of thin days).
 */
final class ProfiledLeastSquares {
    static final double LOWEST = 0.01;
    static final double HIGHEST = 0.95;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;
    private static final double STEP = 1e-3;

    private final List<double[][]> campaigns = new ArrayList<>();
    private int points;

    /** Adds a campaign's days with spend; days without spend say nothing about the curve. */
    ProfiledLeastSquares add(List<SpendDay> days) {
        List<SpendDay> spent = days.stream().filter(day -> day.spend() > 0).toList();
        double[][] xy = new double[2][spent.size()];
        for (int i = 0; i < spent.size(); i++) {
            xy[0][i] = spent.get(i).spend();
            xy[1][i] = spent.get(i).sales();
        }
        campaigns.add(xy);
        points += spent.size();
        return this;
    }

    /** The sum of squared residuals at this elasticity, each campaign at its best scale. */
    double squares(double elasticity) {
        double total = 0;
        for (double[][] xy : campaigns) {
            double yy = 0;
            double yx = 0;
            double xx = 0;
            for (int i = 0; i < xy[0].length; i++) {
                double power = Math.pow(xy[0][i], elasticity);
                yy += xy[1][i] * xy[1][i];
                yx += xy[1][i] * power;
                xx += power * power;
            }
            total += xx > 0 ? yy - yx * yx / xx : yy;
        }
        return total;
    }

    /** The elasticity with the least squares, between {@value #LOWEST} and {@value #HIGHEST}. */
    double elasticity() {
        double low = LOWEST;
        double high = HIGHEST;
        double left = high - GOLDEN * (high - low);
        double right = low + GOLDEN * (high - low);
        double leftSquares = squares(left);
        double rightSquares = squares(right);
        for (int i = 0; i < 60; i++) {
            if (leftSquares <= rightSquares) {
                high = right;
                right = left;
                rightSquares = leftSquares;
                left = high - GOLDEN * (high - low);
                leftSquares = squares(left);
            } else {
                low = left;
                left = right;
                leftSquares = rightSquares;
                right = low + GOLDEN * (high - low);
                rightSquares = squares(right);
            }
        }
        return (low + high) / 2;
    }

    /**
     * The precision (1 / variance) of the fitted elasticity from the curvature of the sum of squares: Var ≈ 2σ² /
     * S''; 0 when the days cannot tell (too few, or spend that never varied).
     */
    double precision(double elasticity) {
        int degrees = points - campaigns.size() - 1;
        if (degrees < 1) {
            return 0;
        }
        double at = Math.max(LOWEST + STEP, Math.min(HIGHEST - STEP, elasticity));
        double curvature = (squares(at + STEP) - 2 * squares(at) + squares(at - STEP)) / (STEP * STEP);
        double variance = Math.max(squares(elasticity) / degrees, 1e-12);
        if (!(curvature > 1e-9)) {
            return 0;
        }
        return curvature / (2 * variance);
    }

    /** The best scale of a single campaign's days at this elasticity; 0 without spend. */
    static double scale(List<SpendDay> days, double elasticity) {
        double yx = 0;
        double xx = 0;
        for (SpendDay day : days) {
            if (day.spend() > 0) {
                double power = Math.pow(day.spend(), elasticity);
                yx += day.sales() * power;
                xx += power * power;
            }
        }
        return xx > 0 ? Math.max(0, yx / xx) : 0;
    }
}
