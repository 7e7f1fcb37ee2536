package dev.arbiter.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.execute.bulksheet.BulksheetChannel;
import dev.arbiter.execute.Channel;
import dev.arbiter.execute.ExecutedItem;
import dev.arbiter.execute.ExecutionReport;
import dev.arbiter.execute.Executor;
import dev.arbiter.execute.api.AdsApiChannel;
import dev.arbiter.execute.api.AdsCredentials;
import dev.arbiter.execute.api.AdsEndpoint;
import dev.arbiter.execute.api.RetryPolicy;
import dev.arbiter.execute.api.Sleeper;
import dev.arbiter.execute.api.SpClient;
import dev.arbiter.model.Marketplace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arbiter execute}: applies approved actions exactly once, through a bulksheet or the Amazon Ads API. */
@Command(name = "execute", description = "Apply every approved action not yet executed, exactly once: ad changes as a"
        + " bulksheet or through the Amazon Ads API, restock orders as purchase orders.")
final class ExecuteCommand implements Callable<Integer> {

    /** The two ways ad actions reach Amazon. */
    enum Via {
        bulksheet,
        api
    }

    @Mixin
    WorkspaceOptions options;

    @Option(names = "--via", paramLabel = "CHANNEL", defaultValue = "bulksheet",
            description = "bulksheet (default: write out/bulksheet-DAY.xlsx and .csv to upload) or api (the Amazon Ads API).")
    Via via;

    @Option(names = "--dry-run", description = "Print exactly what would be sent or written; change nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print {\"executed\", \"already_executed\", \"failed\", \"items\"} as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Session session = Session.open(options.workspace())) {
            LocalDate day = LocalDate.ofInstant(session.clock().instant(), ZoneOffset.UTC);
            Path out = session.workspace().out();
            Channel channel = via == Via.api ? api(session) : new BulksheetChannel(out, day);
            ExecutionReport report = new Executor(session.ledger(), session.executionJournal(), channel, session.clock())
                    .execute(out, day, dryRun);
            PrintWriter writer = spec.commandLine().getOut();
            writer.println(json ? toJson(report) : text(report));
            writer.flush();
            return report.count(ExecutedItem.Outcome.FAILED) > 0 ? ExitCode.FAILURE.code() : ExitCode.OK.code();
        }
    }

    private static Channel api(Session session) {
        Map<String, String> environment = System.getenv();
        Path file = session.workspace().dir().resolve("ads-credentials.properties");
        return new AdsApiChannel(() -> {
            Marketplace marketplace = session.operatingModel().marketplace();
            return SpClient.connect(AdsCredentials.load(environment, file), AdsEndpoint.of(marketplace, environment),
                    marketplace, session.clock(), RetryPolicy.standard(), Sleeper.threadSleep());
        });
    }

    private String text(ExecutionReport report) {
        StringBuilder text = new StringBuilder();
        report.preview().forEach(line -> text.append(line).append('\n'));
        for (ExecutedItem item : report.items()) {
            if (item.outcome() != ExecutedItem.Outcome.ALREADY_EXECUTED || item.detail().startsWith("reconciled")) {
                text.append(item.id()).append(' ').append(item.outcome().key()).append(": ").append(item.action())
                        .append(" (").append(item.detail()).append(")\n");
            }
        }
        report.bulksheets().forEach(file -> text.append("bulksheet      ").append(file).append('\n'));
        report.purchaseOrders().forEach(file -> text.append("purchase order ").append(file).append('\n'));
        report.priceFiles().forEach(file -> text.append("price file     ").append(file)
                .append(" (upload in Seller Central: Inventory, Add Products via Upload)\n"));
        text.append(dryRun ? "dry run: " + report.count(ExecutedItem.Outcome.WOULD_SEND) + " actions would be sent; " : "")
                .append("executed ").append(report.count(ExecutedItem.Outcome.EXECUTED))
                .append(", already executed ").append(report.count(ExecutedItem.Outcome.ALREADY_EXECUTED))
                .append(", failed ").append(report.count(ExecutedItem.Outcome.FAILED));
        return text.toString();
    }

    static String toJson(ExecutionReport report) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("executed", report.count(ExecutedItem.Outcome.EXECUTED));
        root.put("already_executed", report.count(ExecutedItem.Outcome.ALREADY_EXECUTED));
        root.put("failed", report.count(ExecutedItem.Outcome.FAILED));
        ArrayNode items = root.putArray("items");
        for (ExecutedItem item : report.items()) {
            items.addObject().put("id", item.id()).put("status", item.outcome().key()).put("action", item.action())
                    .put("detail", item.detail());
        }
        return root.toString();
    }
}
