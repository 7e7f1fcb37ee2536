package dev.arbiter.cli;

import dev.arbiter.demo.LargeBrand;
import dev.arbiter.demo.LargeBrandSize;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code arbiter generate}: writes a large brand's reports in the real formats into a new workspace. */
@Command(name = "generate", description = "Write a large synthetic brand's reports (real formats) into a new workspace.")
final class GenerateCommand implements Callable<Integer> {
    @Option(names = {"-d", "--dir"}, paramLabel = "DIR", required = true, description = "The new workspace (must not exist or be empty).")
    Path dir;

    @Option(names = "--skus", paramLabel = "N", description = "SKUs (default: ${DEFAULT-VALUE}).")
    int skus = 20_000;

    @Option(names = "--targets", paramLabel = "M", description = "Keywords and product targets (default: ${DEFAULT-VALUE}).")
    int targets = 1_000_000;

    @Option(names = "--days", paramLabel = "K", description = "Days of history (default: ${DEFAULT-VALUE}).")
    int days = 90;

    @Option(names = "--customers", paramLabel = "C", description = "Also write orders.csv with C customers (default: none).")
    int customers;

    @Option(names = "--seed", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--until", paramLabel = "DATE", description = "Last day of history (default: yesterday).")
    LocalDate until;

    @Option(names = "--verbose", description = "Show stack traces of failures.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        check(skus >= 5 && skus <= 1_000_000, "--skus must be between 5 and 1000000, got " + skus);
        check(targets >= skus && targets <= 50_000_000, "--targets must be between --skus (" + skus
                + ") and 50000000, got " + targets);
        check(days >= 1 && days <= 730, "--days must be between 1 and 730, got " + days);
        check(customers >= 0 && customers <= 50_000_000, "--customers must be between 0 and 50000000, got " + customers);
        Path workspace = dir.toAbsolutePath().normalize();
        requireEmpty(workspace);
        LocalDate lastDay = until != null ? until : LocalDate.now(Clock.systemUTC()).minusDays(1);
        LargeBrandSize size = new LargeBrandSize(seed, skus, targets, days, lastDay, customers);
        long started = System.nanoTime();
        LargeBrand brand = new LargeBrand(size);
        LargeBrand.Written written = brand.write(workspace);
        size.save(workspace);
        double seconds = (System.nanoTime() - started) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(Locale.ROOT, "brand         %,d SKUs, %,d campaigns, %,d targets, %d days to %s (seed %d)",
                skus, brand.campaigns(), targets, days, lastDay, seed));
        out.println(String.format(Locale.ROOT, "search terms  %,d rows", written.searchTermRows()));
        out.println(String.format(Locale.ROOT, "ad products   %,d rows", written.advertisedRows()));
        out.println(String.format(Locale.ROOT, "retail        %,d rows in %d Business Reports and %d inventory files",
                written.retailRows(), days, days));
        out.println(String.format(Locale.ROOT, "bulksheet     %,d entity rows", written.bulksheetRows()));
        if (customers > 0) {
            out.println(String.format(Locale.ROOT, "orders        %,d lines of %,d customers in %s", written.orderLines(),
                    customers, workspace.resolve("orders.csv")));
        }
        out.println(String.format(Locale.ROOT, "written       %d files into %s in %.1f s", written.reports().size(),
                workspace.resolve("inbox"), seconds));
        out.println("next          arbiter bench --dir " + dir + "   (or: arbiter ingest --dir " + dir + ", then arbiter run)");
        out.flush();
        return ExitCode.OK.code();
    }

    private void check(boolean valid, String message) {
        if (!valid) {
            throw new ParameterException(spec.commandLine(), message);
        }
    }

    private static void requireEmpty(Path workspace) {
        try {
            if (Files.exists(workspace)) {
                try (Stream<Path> entries = Files.list(workspace)) {
                    if (entries.findAny().isPresent()) {
                        throw new ArbiterException(ErrorKind.USER, workspace + " is not empty; generate into a new folder"
                                + " with --dir");
                    }
                }
            }
            Files.createDirectories(workspace);
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot prepare " + workspace + ": " + e.getMessage(), e);
        }
    }
}
