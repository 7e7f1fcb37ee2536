package dev.arbiter.execute;

import dev.arbiter.execute.api.AdsApiChannel;
import dev.arbiter.execute.api.AdsCredentials;
import dev.arbiter.execute.api.AdsEndpoint;
import dev.arbiter.execute.api.RetryPolicy;
import dev.arbiter.execute.api.SpClient;
import dev.arbiter.execute.jdbc.JdbcExecutionJournal;
import dev.arbiter.govern.ApprovedAction;
import dev.arbiter.govern.jdbc.JdbcLedger;
import dev.arbiter.model.Action;
import dev.arbiter.model.Marketplace;
import dev.arbiter.warehouse.Warehouse;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A child JVM for the crash test: executes through the Ads API at {@code args[1]} on the store {@code args[0]}, and
 * halts the JVM the moment the API has answered, before the executor can record anything.
 */
public final class HaltingExecution {
    /** The exit code of the halt, so the test knows the child stopped where it should. */
    public static final int HALTED = 77;

    private HaltingExecution() {}

    public static void main(String[] args) {
        Clock clock = Clock.systemUTC();
        try (Warehouse warehouse = Warehouse.open(Path.of(args[0]))) {
            JdbcLedger ledger = new JdbcLedger(warehouse.connection(), clock);
            Channel channel = new HaltAfterSend(api(args[1], clock));
            new Executor(ledger, new JdbcExecutionJournal(warehouse.connection()), channel, clock)
                    .execute(Path.of(args[0]).resolveSibling("out"), LocalDate.of(2026, 11, 23), false);
        }
        System.exit(0);
    }

    static AdsApiChannel api(String url, Clock clock) {
        AdsCredentials credentials = new AdsCredentials("amzn1.application-oa2-client.EXAMPLE", "SECRET-EXAMPLE",
                "Atzr|REFRESH-EXAMPLE", Optional.of("3456789012345678"));
        AdsEndpoint endpoint = new AdsEndpoint(URI.create(url), URI.create(url + "/auth/o2/token"));
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(5));
        return new AdsApiChannel(() -> SpClient.connect(credentials, endpoint, Marketplace.US, clock, policy, d -> { }));
    }

    /** The real channel, cut short: the process dies between the call and the record. */
    private record HaltAfterSend(Channel channel) implements Channel {
        @Override
        public String name() {
            return channel.name();
        }

        @Override
        public boolean handles(Action action) {
            return channel.handles(action);
        }

        @Override
        public List<String> preview(List<ApprovedAction> actions) {
            return channel.preview(actions);
        }

        @Override
        public Map<String, Delivery> send(List<ApprovedAction> actions) {
            channel.send(actions);
            Runtime.getRuntime().halt(HALTED);
            return Map.of();
        }

        @Override
        public Optional<Boolean> alreadyApplied(Action action) {
            return channel.alreadyApplied(action);
        }

        @Override
        public List<Path> files() {
            return channel.files();
        }
    }
}
