package dev.arbiter.customers;

import java.util.Locale;
import java.util.function.BiFunction;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Maximises a log-likelihood over positive parameters with Hipparchus' BOBYQA, searching in log space so that
 * every parameter stays positive; a maximum on the edge of the search box means the likelihood has no interior
 * maximum (a parameter wants to be zero or infinite), which is reported instead of returned as a model.
 */
final class MaximumLikelihood {
    private static final double EDGE = 12.0;
    private static final int MAX_EVALUATIONS = 4000;

    private MaximumLikelihood() {}

    /** Fits the model {@code likelihood} describes; {@code build} turns the parameters and log-likelihood into it. */
    static <M> ModelFit<M> fit(LogLikelihood likelihood, BiFunction<double[], Double, M> build) {
        int n = likelihood.parameters();
        if (likelihood.customers() < n + 1) {
            return new ModelFit.Failed<>("needs more than " + n + " customers, has " + likelihood.customers());
        }
        double[] lower = new double[n];
        double[] upper = new double[n];
        java.util.Arrays.fill(lower, -EDGE);
        java.util.Arrays.fill(upper, EDGE);
        ObjectiveFunction objective = new ObjectiveFunction(logs -> {
            double value = likelihood.at(exp(logs));
            return Double.isFinite(value) ? value : -1e300;
        });
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, 0.5, 1e-6);
        PointValuePair best;
        try {
            best = optimizer.optimize(new MaxEval(MAX_EVALUATIONS), objective, GoalType.MAXIMIZE,
                    new InitialGuess(clamp(likelihood.start())), new SimpleBounds(lower, upper));
        } catch (MathRuntimeException e) {
            return new ModelFit.Failed<>("the optimiser stopped: " + e.getMessage());
        }
        double[] logs = best.getPoint();
        String[] names = likelihood.names();
        for (int i = 0; i < n; i++) {
            if (Math.abs(logs[i]) > EDGE - 0.05) {
                return new ModelFit.Failed<>(String.format(Locale.ROOT,
                        "the likelihood keeps rising as %s goes to %s (%s = %.3g); the data do not identify the model",
                        names[i], logs[i] > 0 ? "infinity" : "zero", names[i], Math.exp(logs[i])));
            }
        }
        if (best.getValue() <= -1e299) {
            return new ModelFit.Failed<>("the log-likelihood is not finite anywhere the optimiser looked");
        }
        return new ModelFit.Converged<>(build.apply(exp(logs), best.getValue()), optimizer.getEvaluations());
    }

    private static double[] clamp(double[] logs) {
        double[] inside = new double[logs.length];
        for (int i = 0; i < logs.length; i++) {
            inside[i] = Math.max(-EDGE + 1, Math.min(EDGE - 1, logs[i]));
        }
        return inside;
    }

    private static double[] exp(double[] logs) {
        double[] values = new double[logs.length];
        for (int i = 0; i < logs.length; i++) {
            values[i] = Math.exp(logs[i]);
        }
        return values;
    }
}
