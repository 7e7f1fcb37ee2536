package dev.arbiter.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.govern.LedgerEntry;
import dev.arbiter.govern.Status;
import dev.arbiter.model.Figure;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arbiter actions}: the actions in the ledger, with their verdicts and rationale. */
@Command(
        name = "actions",
        description = "List proposed actions with their status, owner and rationale; approve or reject them.",
        subcommands = {DecidingCommands.Approve.class, DecidingCommands.Reject.class})
final class ActionsCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions options;

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only actions in this status: auto_approved, awaiting, blocked, approved, rejected, executed.")
    String status;

    @Option(names = "--json", description = "Print the actions as a JSON array.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Status> filter = Optional.ofNullable(status).map(this::parseStatus);
        try (Session session = Session.open(options.workspace())) {
            List<LedgerEntry> entries = session.ledger().list(filter);
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? toJson(entries) : table(entries));
            out.flush();
            return ExitCode.OK.code();
        }
    }

    private Status parseStatus(String text) {
        try {
            return Status.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown status '" + text
                    + "'; use one of auto_approved, awaiting, blocked, approved, rejected, executed");
        }
    }

    private static String table(List<LedgerEntry> entries) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-15s %-17s %-14s %-18s %s%n", "id", "type", "status", "owner", "action"));
        for (LedgerEntry entry : entries) {
            out.append(String.format(Locale.ROOT, "%-15s %-17s %-14s %-18s %s%n", entry.id(), entry.action().type().key(),
                    entry.status().name().toLowerCase(Locale.ROOT), entry.owner(), entry.action().describe()));
            out.append("                why: ").append(entry.action().rationale().summary()).append('\n');
            if (!entry.classification().verdict().reason().isEmpty()) {
                out.append("                verdict: ").append(entry.classification().verdict().describe()).append('\n');
            }
            out.append("                     ");
            for (Figure figure : entry.action().rationale().figures()) {
                out.append(figure.name()).append('=').append(Figures.format(figure)).append("  ");
            }
            out.append('\n');
        }
        out.append(entries.size()).append(" action(s)");
        return out.toString();
    }

    private static String toJson(List<LedgerEntry> entries) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (LedgerEntry entry : entries) {
            ObjectNode node = array.addObject();
            node.put("id", entry.id());
            node.put("type", entry.action().type().key());
            node.put("status", entry.status().name().toLowerCase(Locale.ROOT));
            node.put("owner", entry.owner());
            node.put("subject", entry.action().subject());
            node.put("description", entry.action().describe());
            node.put("reversible", entry.action().reversible());
            node.put("verdict", entry.classification().verdict().describe());
            ObjectNode rationale = node.putObject("rationale");
            rationale.put("summary", entry.action().rationale().summary());
            ObjectNode figures = rationale.putObject("figures");
            for (Figure figure : entry.action().rationale().figures()) {
                figures.put(figure.name(), figure.value());
            }
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render actions as JSON", e);
        }
    }
}
