package dev.arbiter.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.ingest.FileSummary;
import dev.arbiter.model.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code arbiter ingest}: loads report files into the workspace's warehouse, each whole or not at all. */
@Command(name = "ingest", description = "Load Amazon report files (or everything in inbox/) into the workspace.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions options;

    @Option(names = "--json", description = "Print the per-file summary as a JSON array.")
    boolean json;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Report files; default: every file in the workspace's inbox/.")
    List<Path> files = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Workspace workspace = options.workspace();
        try (Session session = Session.open(workspace)) {
            List<FileSummary> summaries = session.ingest(files.isEmpty() ? session.inboxFiles() : files);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(toJson(summaries));
            } else {
                printTable(out, summaries);
            }
            out.flush();
            boolean bad = summaries.stream().anyMatch(s -> s.rejected() || s.quarantined() > 0);
            return bad ? ExitCode.BAD_INPUT.code() : ExitCode.OK.code();
        }
    }

    static void printTable(PrintWriter out, List<FileSummary> summaries) {
        out.println(String.format(Locale.ROOT, "%-48s %-28s %9s %9s %9s %6s  %s",
                "file", "kind", "loaded", "replaced", "unchanged", "quar.", "status"));
        for (FileSummary s : summaries) {
            String name = s.file().length() > 48 ? "…" + s.file().substring(s.file().length() - 47) : s.file();
            out.println(String.format(Locale.ROOT, "%-48s %-28s %9d %9d %9d %6d  %s",
                    name, s.kind().map(k -> k.label()).orElse("?"), s.loaded(), s.replaced(), s.unchanged(),
                    s.quarantined(), s.rejected() ? "REJECTED" : "ok"));
            for (Problem problem : s.errors()) {
                out.println("    " + problem.render());
            }
        }
    }

    static String toJson(List<FileSummary> summaries) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (FileSummary s : summaries) {
            ObjectNode node = array.addObject();
            node.put("file", s.file());
            node.put("kind", s.kind().map(k -> k.name().toLowerCase(Locale.ROOT)).orElse(null));
            node.put("marketplace", s.marketplace().map(Enum::name).orElse(null));
            node.put("loaded", s.loaded());
            node.put("replaced", s.replaced());
            node.put("unchanged", s.unchanged());
            node.put("quarantined", s.quarantined());
            node.put("rejected", s.rejected());
            ArrayNode errors = node.putArray("errors");
            for (Problem p : s.errors()) {
                errors.addObject().put("line", p.line()).put("column", p.column()).put("reason", p.render());
            }
            ObjectNode totals = node.putObject("totals");
            totals.put("first_day", s.totals().firstDay().map(Object::toString).orElse(null));
            totals.put("last_day", s.totals().lastDay().map(Object::toString).orElse(null));
            totals.put("currency", s.totals().currency().orElse(null));
            s.totals().measures().forEach(totals::put);
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render the ingest summary as JSON", e);
        }
    }
}
