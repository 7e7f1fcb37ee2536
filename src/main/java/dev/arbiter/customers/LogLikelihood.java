package dev.arbiter.customers;

import java.util.stream.IntStream;

/** A model's log-likelihood over a sample, summed in fixed blocks on every core so that the sum is deterministic. */
interface LogLikelihood {

    /** The number of positive parameters the model has. */
    int parameters();

    /** The names of the parameters, in order, as the papers write them. */
    String[] names();

    /** The number of distinct terms the sample's log-likelihood sums. */
    int size();

    /** The number of customers the sample holds (at least one per term). */
    int customers();

    /** A starting point for the search: each parameter's log, from the sample's moments. */
    double[] start();

    /** Prepares per-parameter-vector terms (those shared by all customers with the same frequency). */
    Terms prepare(double[] parameters);

    /** The log-likelihood contribution of customers {@code from} (inclusive) to {@code to} (exclusive). */
    interface Terms {
        double sum(int from, int to);
    }

    /** The sample's log-likelihood at {@code parameters}. */
    default double at(double[] parameters) {
        Terms terms = prepare(parameters);
        int blocks = 64;
        int size = size();
        double[] partial = new double[blocks];
        IntStream.range(0, blocks).parallel().forEach(block -> {
            int from = (int) ((long) size * block / blocks);
            int to = (int) ((long) size * (block + 1) / blocks);
            partial[block] = terms.sum(from, to);
        });
        double total = 0;
        for (double value : partial) {
            total += value;
        }
        return total;
    }
}
