package dev.arbiter.bench;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.govern.Actions;
import dev.arbiter.govern.Classification;
import dev.arbiter.govern.Context;
import dev.arbiter.govern.Governor;
import dev.arbiter.model.BidChange;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Money;
import dev.arbiter.model.Objective;
import dev.arbiter.model.Sku;
import dev.arbiter.policy.Guardrail;
import dev.arbiter.policy.OperatingModel;
import dev.arbiter.policy.yaml.OperatingModelFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Guardrail evaluation with precompiled CEL programs, on one thread: the demo operating model's margin floor against a
 * bid raise on a SKU that keeps 20 % after ads, and the whole classification of that bid change (every guardrail for
 * bid.change, then the decision right). Target: at least one million guardrail checks per second per core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class GuardrailBenchmark {
    private Guardrail marginFloor;
    private Context facts;
    private Context context;
    private BidChange action;
    private Governor governor;

    @Setup
    public void load() {
        OperatingModel model = OperatingModelFile.parse("operating-model.yaml", demoModel());
        marginFloor = model.guardrails().stream().filter(g -> g.id().equals("margin-floor")).findFirst().orElseThrow();
        action = Actions.aBidChange("1.25");
        SkuEconomics sku = new SkuEconomics(new Sku("GP-01"), "B0TESTGP01", "Garden pump", "Garden", Objective.PROFIT,
                "Acme", 30, usd("8.00"), window(), 500, 4000, usd("10000.00"), usd("4000.00"), usd("3000.00"), usd("0"),
                usd("1000.00"), usd("4000.00"), 0.95, 1.0, 300, 0, 10, 30, usd("20.00"));
        TargetEconomics target = new TargetEconomics(action.target(), new Sku("GP-01"), usd("1.00"), "enabled", window(),
                12_000, 400, 30, 32, usd("380.00"), usd("1900.00"));
        context = Context.forSku(sku).withTarget(target, 0.22);
        facts = context.withAction(action);
        governor = new Governor(model);
        if (!marginFloor.require().evaluate(facts).holds()) {
            throw new IllegalStateException("the benchmark's bid raise should pass the margin floor");
        }
    }

    /** One guardrail check: the CEL program evaluated against the action's facts. */
    @Benchmark
    public boolean one_guardrail_check() {
        return marginFloor.require().evaluate(facts).holds();
    }

    /** One whole classification: the action's facts, every bid.change guardrail, and the decision right. */
    @Benchmark
    public Classification one_classification() {
        return governor.classify(action, context);
    }

    private static DateRange window() {
        return DateRange.endingOn(LocalDate.of(2026, 11, 20), 28);
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static String demoModel() {
        try (InputStream in = GuardrailBenchmark.class.getResourceAsStream("/dev/arbiter/policy/yaml/operating-model.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
