package dev.arbiter.bench;

import dev.arbiter.customers.BgNbd;
import dev.arbiter.customers.GammaGamma;
import dev.arbiter.customers.LifetimeValueModels;
import dev.arbiter.customers.ModelFit;
import dev.arbiter.customers.RepeatPurchases;
import dev.arbiter.customers.SyntheticCustomers;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The lifetime-value fits on 100,000 synthetic customers drawn from CDNOW's published estimates (39 weeks): the whole
 * BG/NBD maximum-likelihood fit (hundreds of likelihood evaluations, each summed on every core) and the whole
 * Gamma-Gamma fit; the score is milliseconds per fit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class ClvFitBenchmark {
    private static final BgNbd TRUTH = new BgNbd(0.243, 4.414, 0.793, 2.426, 0);
    private static final GammaGamma SPEND = new GammaGamma(6.25, 3.74, 15.44, 0);

    private List<RepeatPurchases> sample;

    @Setup
    public void draw() {
        sample = new SyntheticCustomers(TRUTH, SPEND, new SplittableRandom(42)).draw(100_000, 39);
    }

    @Benchmark
    public ModelFit<BgNbd> fit_bg_nbd_on_100k_customers() {
        return LifetimeValueModels.fitBgNbd(sample);
    }

    @Benchmark
    public ModelFit<GammaGamma> fit_gamma_gamma_on_100k_customers() {
        return LifetimeValueModels.fitGammaGamma(sample);
    }
}
