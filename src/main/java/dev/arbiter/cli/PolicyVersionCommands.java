package dev.arbiter.cli;

import dev.arbiter.govern.PolicyVersion;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code arbiter policy history} and {@code arbiter policy show VERSION}: every applied version of the operating model. */
final class PolicyVersionCommands {
    private PolicyVersionCommands() {}

    /** Every version, newest first, with who applied it, why and what it changed. */
    @Command(name = "history", description = "List every applied version of the operating model, newest first.")
    static final class History implements Callable<Integer> {
        @Mixin
        WorkspaceOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Session session = Session.open(options.workspace())) {
                List<PolicyVersion> versions = session.policyHistory().versions();
                PrintWriter out = spec.commandLine().getOut();
                if (versions.isEmpty()) {
                    out.println("no versions yet: the operating model has not been changed with 'arbiter policy apply'");
                }
                for (int i = versions.size() - 1; i >= 0; i--) {
                    PolicyVersion version = versions.get(i);
                    out.println(String.format(Locale.ROOT, "%-8s %-22s %-22s %s", "v" + version.version(),
                            version.appliedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), version.appliedBy(), version.reason()));
                    version.changes().forEach(change -> out.println("         changes " + change));
                }
                out.flush();
                return ExitCode.OK.code();
            }
        }
    }

    /** One version: its header, its diff against the version before, and the file as it was. */
    @Command(name = "show", description = "Show one version: who, why, the diff, and the file.")
    static final class Show implements Callable<Integer> {
        @Mixin
        WorkspaceOptions options;

        @Parameters(index = "0", paramLabel = "VERSION", description = "The version number, as 'arbiter policy history' lists it (v3 or 3).")
        String version;

        @Option(names = "--content", description = "Print only the file of that version, to save or compare.")
        boolean contentOnly;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            int number = number();
            try (Session session = Session.open(options.workspace())) {
                PolicyVersion found = session.policyHistory().version(number).orElseThrow(() -> new ArbiterException(
                        ErrorKind.USER, "no version " + number + " of the operating model; 'arbiter policy history' lists them"));
                PrintWriter out = spec.commandLine().getOut();
                if (contentOnly) {
                    out.print(found.content());
                } else {
                    out.println("version " + found.version() + " applied " + found.appliedAt() + " by " + found.appliedBy());
                    out.println("reason  " + found.reason());
                    found.changes().forEach(change -> out.println("changes " + change));
                    out.println("diff against version " + (found.version() - 1) + ":");
                    out.println(found.diff().isEmpty() ? "(none: the first version)" : found.diff());
                    out.println("--- operating-model.yaml, version " + found.version() + " ---");
                    out.print(found.content());
                }
                out.flush();
                return ExitCode.OK.code();
            }
        }

        private int number() {
            String digits = version.startsWith("v") ? version.substring(1) : version;
            try {
                return Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "VERSION must be a number such as 3 or v3, not '" + version + "'");
            }
        }
    }
}
