package dev.arbiter.bench;

import dev.arbiter.decide.ProposalInput;
import dev.arbiter.decide.ProposingBidChanges;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.Action;
import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Money;
import dev.arbiter.model.Objective;
import dev.arbiter.model.Sku;
import dev.arbiter.model.TargetRef;
import dev.arbiter.policy.yaml.OperatingModelFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bid proposer over 100,000 keyword targets of 2,000 SKUs (28 days, 0–200 clicks each, conversion around 8 %), with
 * the shrinkage toward ad group, campaign and SKU; the score is targets per second on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class BidProposerBenchmark {
    static final int TARGETS = 100_000;
    private static final int SKUS = 2_000;

    private ProposalInput input;
    private ProposingBidChanges proposer;

    @Setup
    public void draw() {
        SplittableRandom random = new SplittableRandom(42);
        DateRange window = DateRange.endingOn(LocalDate.of(2026, 11, 20), 28);
        List<SkuEconomics> skus = new ArrayList<>(SKUS);
        for (int s = 0; s < SKUS; s++) {
            long sessions = 500 + random.nextInt(4_000);
            long units = sessions / 10;
            skus.add(new SkuEconomics(new Sku("SKU-" + s), "B0BENCH" + s, "Product " + s, "Kitchen",
                    s % 5 == 0 ? Objective.LAUNCH : Objective.PROFIT, "Acme", 30, usd(800), window, sessions, units,
                    usd(units * 2_500), usd(units * 900), usd(units * 700), usd(0), usd(units * 300), usd(units * 600),
                    0.95, 1.0, 300, 0, 10, 30, usd(2_500)));
        }
        List<TargetEconomics> targets = new ArrayList<>(TARGETS);
        for (int t = 0; t < TARGETS; t++) {
            int s = t % SKUS;
            int campaign = t / 50;
            long clicks = random.nextInt(200);
            long orders = Math.round(clicks * 0.08 * (0.5 + random.nextDouble()));
            long bidCents = 30 + random.nextInt(200);
            TargetRef target = new TargetRef(TargetRef.Kind.KEYWORD, new CampaignId("C" + campaign),
                    new AdGroupId("G" + campaign), "K" + t, "Campaign " + campaign, "Ad group", "keyword " + t, "exact");
            targets.add(new TargetEconomics(target, new Sku("SKU-" + s), usd(bidCents), "enabled", window,
                    clicks * 250, clicks, orders, orders, usd(clicks * bidCents * 8 / 10), usd(orders * 2_500)));
        }
        input = new ProposalInput(skus, targets, List.of(), Map.of(),
                OperatingModelFile.parse("operating-model.yaml", demoModel()).objectiveTerms());
        proposer = new ProposingBidChanges(ProposingBidChanges.Settings.defaults());
        if (proposer.propose(input).isEmpty()) {
            throw new IllegalStateException("the benchmark's targets should give bid changes");
        }
    }

    /** One pass of the proposer over every target. */
    @Benchmark
    @OperationsPerInvocation(TARGETS)
    public List<Action> propose_bids_for_100k_targets() {
        return proposer.propose(input);
    }

    private static Money usd(long cents) {
        return Money.of(java.math.BigDecimal.valueOf(cents, 2).toPlainString(), "USD");
    }

    private static String demoModel() {
        try (InputStream in = BidProposerBenchmark.class.getResourceAsStream("/dev/arbiter/policy/yaml/operating-model.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
