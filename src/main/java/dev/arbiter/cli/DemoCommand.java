package dev.arbiter.cli;

import dev.arbiter.demo.DemoBrand;
import dev.arbiter.demo.DemoFiles;
import dev.arbiter.ingest.FileSummary;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code arbiter demo}: builds the synthetic brand into a fresh workspace and runs the whole loop on it. */
@Command(name = "demo", description = "Build a synthetic brand into a fresh workspace and run the whole loop.")
final class DemoCommand implements Callable<Integer> {
    /** Marks a folder as a demo workspace, so a later demo may replace it without asking. */
    static final String MARKER = ".arbiter-demo";

    @Option(names = {"-d", "--dir"}, paramLabel = "DIR", description = "Where to build the workspace (default: demo-workspace).")
    Path dir = Path.of("demo-workspace");

    @Option(names = "--seed", description = "Seed of the synthetic market (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--days", description = "Days of history (default: ${DEFAULT-VALUE}).")
    int days = 90;

    @Option(names = "--until", paramLabel = "DATE", description = "Last day of history (default: yesterday).")
    LocalDate until;

    @Option(names = "--password", paramLabel = "P",
            description = "Web password of every demo user (cmo, finance, ecommerce, marketing, agency; default: ${DEFAULT-VALUE}).")
    String password = "arbiter-demo";

    @Option(names = "--serve", description = "Serve the web app on the workspace afterwards (see 'arbiter serve').")
    boolean serve;

    @Option(names = "--port", description = "Port of --serve (default: ${DEFAULT-VALUE}).")
    int port = 7070;

    @Option(names = "--verbose", description = "Show stack traces of failures.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (password.length() < 8) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--password needs at least 8 characters");
        }
        if (days < 28 || days > 730) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--days must be between 28 and 730, got " + days);
        }
        Clock clock = Clock.systemUTC();
        LocalDate lastDay = until != null ? until : LocalDate.now(clock).minusDays(1);
        Workspace workspace = new Workspace(dir.toAbsolutePath().normalize());
        prepare(workspace.dir());
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        DemoFiles files = DemoBrand.of(seed).write(workspace.dir(), lastDay, days);
        out.println("demo brand    " + files.skus() + " SKUs, " + files.campaigns() + " campaigns, " + files.targets()
                + " targets, " + days + " days to " + lastDay + " (seed " + seed + ")");
        try (Session session = Session.open(workspace, clock)) {
            List<FileSummary> summaries = session.ingest(files.reports());
            long rows = summaries.stream().mapToLong(FileSummary::loaded).sum();
            out.println("ingested      " + summaries.size() + " files, " + rows + " rows");
            RunCommand.runAndReport(session, out, DemoBrand.NAME, RunCommand.SHOWN_ALERTS);
            session.operatingModel().users().forEach(user -> session.credentials().setPassword(user.name(), password));
            out.println("web users     " + session.operatingModel().users().stream().map(u -> u.name()).toList()
                    + ", password " + (password.equals("arbiter-demo") ? "arbiter-demo (the default)" : "as given"));
            if (serve) {
                out.println(String.format(java.util.Locale.ROOT, "done in %.1f s.", (System.nanoTime() - started) / 1e9));
                ServeCommand.serveUntilStopped(session, "127.0.0.1", port, out);
                return ExitCode.OK.code();
            }
        }
        out.println(String.format(java.util.Locale.ROOT, "done in %.1f s. Open the report in a browser; list the actions with:",
                (System.nanoTime() - started) / 1e9));
        out.println("  ./arbiter actions --dir " + dir);
        out.flush();
        return ExitCode.OK.code();
    }

    private static void prepare(Path dir) {
        try {
            if (Files.exists(dir)) {
                boolean empty;
                try (Stream<Path> entries = Files.list(dir)) {
                    empty = entries.findAny().isEmpty();
                }
                if (!empty && !Files.exists(dir.resolve(MARKER))) {
                    throw new ArbiterException(ErrorKind.USER, dir + " exists and is not a demo workspace;"
                            + " choose another folder with --dir");
                }
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(MARKER), "built by arbiter demo; the next demo replaces this folder\n");
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot prepare " + dir + ": " + e.getMessage(), e);
        }
    }
}
