package dev.arbiter.customers;

import java.util.Optional;

/** What fitting a model by maximum likelihood came to: a converged model, or the reason there is none. */
public sealed interface ModelFit<M> permits ModelFit.Converged, ModelFit.Failed {

    /** The fitted model, when the fit converged. */
    Optional<M> model();

    /** One sentence for the user: the evaluations a converged fit took, or why it failed. */
    String describe();

    /** The likelihood has an interior maximum and the optimiser found it. */
    record Converged<M>(M fitted, int evaluations) implements ModelFit<M> {
        @Override
        public Optional<M> model() {
            return Optional.of(fitted);
        }

        @Override
        public String describe() {
            return "converged after " + evaluations + " likelihood evaluations";
        }
    }

    /** No usable maximum: a parameter ran off to zero or infinity, or the optimiser gave up. */
    record Failed<M>(String reason) implements ModelFit<M> {
        @Override
        public Optional<M> model() {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "did not converge: " + reason;
        }
    }
}
