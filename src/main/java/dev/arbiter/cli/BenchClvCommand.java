package dev.arbiter.cli;

import dev.arbiter.customers.BgNbd;
import dev.arbiter.customers.CustomerValue;
import dev.arbiter.customers.GammaGamma;
import dev.arbiter.customers.LifetimeValueModels;
import dev.arbiter.customers.ModelFit;
import dev.arbiter.customers.RepeatPurchases;
import dev.arbiter.customers.SyntheticCustomers;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arbiter bench-clv}: times fitting BG/NBD and Gamma-Gamma on synthetic customers drawn from CDNOW's estimates. */
@Command(name = "bench-clv", description = "Benchmark: fit BG/NBD and Gamma-Gamma on N synthetic customers and print the times.")
final class BenchClvCommand implements Callable<Integer> {
    private static final BgNbd TRUTH = new BgNbd(0.243, 4.414, 0.793, 2.426, 0);
    private static final GammaGamma SPEND = new GammaGamma(6.25, 3.74, 15.44, 0);

    @Option(names = "--customers", paramLabel = "N", description = "Synthetic customers (default 1000000).")
    int customers = 1_000_000;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 6).")
    long seed = 6;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(Locale.ROOT, "cores %d, max heap %d MiB", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20));
        long start = System.nanoTime();
        List<RepeatPurchases> sample = new SyntheticCustomers(TRUTH, SPEND, new SplittableRandom(seed)).draw(customers, 39);
        long drawn = System.nanoTime();
        ModelFit<BgNbd> purchases = LifetimeValueModels.fitBgNbd(sample);
        long bgNbd = System.nanoTime();
        ModelFit<GammaGamma> spend = LifetimeValueModels.fitGammaGamma(sample);
        long gammaGamma = System.nanoTime();
        double total = 0;
        if (purchases.model().isPresent() && spend.model().isPresent()) {
            var calibration = new dev.arbiter.customers.Calibration(java.time.LocalDate.EPOCH,
                    dev.arbiter.customers.PeriodUnit.WEEK, java.util.Collections.nCopies(sample.size(), ""), sample);
            total = CustomerValue.of(calibration, purchases.model().get(), spend.model().get(), 52, 1).stream()
                    .mapToDouble(CustomerValue::clv).sum();
        }
        long scored = System.nanoTime();
        out.println(String.format(Locale.ROOT, "%,d synthetic customers drawn in %.2f s", customers, seconds(start, drawn)));
        out.println(String.format(Locale.ROOT, "BG/NBD fit      %6.2f s  %s  %s", seconds(drawn, bgNbd),
                purchases.model().map(CustomersText::bgNbd).orElse(""), purchases.describe()));
        out.println(String.format(Locale.ROOT, "  generated from r=0.2430 alpha=4.4140 a=0.7930 b=2.4260"));
        out.println(String.format(Locale.ROOT, "Gamma-Gamma fit %6.2f s  %s  %s", seconds(bgNbd, gammaGamma),
                spend.model().map(CustomersText::gammaGamma).orElse(""), spend.describe()));
        out.println(String.format(Locale.ROOT, "  generated from p=6.2500 q=3.7400 gamma=15.4400"));
        out.println(String.format(Locale.ROOT, "CLV of every customer over 52 weeks %6.2f s (total %,.0f)",
                seconds(gammaGamma, scored), total));
        out.println(String.format(Locale.ROOT, "both fits %.2f s; fits and scoring %.2f s (target: fits under 10 s on 2 cores)",
                seconds(drawn, gammaGamma), seconds(drawn, scored)));
        out.flush();
        return ExitCode.OK.code();
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
