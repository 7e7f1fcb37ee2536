package dev.arbiter.cli;

import dev.arbiter.govern.PolicyHistory;
import dev.arbiter.govern.PolicyVersion;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.policy.ChangedPart;
import dev.arbiter.policy.LineDiff;
import dev.arbiter.policy.OperatingModel;
import dev.arbiter.policy.PolicyChange;
import dev.arbiter.policy.User;
import dev.arbiter.policy.yaml.OperatingModelFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arbiter policy apply FILE --as USER --reason TEXT}: records a new version of the operating model with its
 * author, reason and diff, and writes it as the workspace's operating-model.yaml, unless it changes parts the user's
 * role does not own.
 */
@Command(name = "apply", description = "Apply a new operating model as USER: record the version, then use it.")
final class PolicyApplyCommand implements Callable<Integer> {
    static final String BASELINE_AUTHOR = "arbiter";

    @Mixin
    WorkspaceOptions options;

    @Parameters(index = "0", paramLabel = "FILE", description = "The new operating-model.yaml.")
    Path file;

    @Option(names = "--as", required = true, paramLabel = "USER", description = "The user applying it (a user of the current operating model).")
    String userName;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (kept with the version and in the audit log).")
    String reason;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OperatingModel candidate = OperatingModelFile.load(file);
        String text = read(file);
        if (reason.isBlank()) {
            throw new ArbiterException(ErrorKind.USER, "--reason is empty; say why the operating model changes");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Session session = Session.open(options.workspace())) {
            OperatingModel current = session.operatingModel();
            User user = current.user(userName).orElseThrow(() -> new ArbiterException(ErrorKind.USER, "'" + userName
                    + "' is not a user of the current operating model; users are "
                    + current.users().stream().map(User::name).toList()));
            PolicyChange change = PolicyChange.between(current, candidate);
            if (change.isEmpty()) {
                out.println(file.getFileName() + " changes nothing in the operating model; no version recorded");
                out.flush();
                return ExitCode.OK.code();
            }
            List<ChangedPart> refused = change.refusedFor(user.role());
            if (!refused.isEmpty()) {
                out.println("refused: " + user.name() + " (" + user.role().key() + ") may not change "
                        + refused.stream().map(ChangedPart::describe).collect(Collectors.joining(", "))
                        + "; nothing was applied. Ask the owner, or leave those parts as they are in the current file");
                out.flush();
                return ExitCode.REFUSED.code();
            }
            String currentText = read(session.workspace().operatingModel());
            PolicyHistory history = session.policyHistory();
            if (history.versions().isEmpty()) {
                history.record(BASELINE_AUTHOR, Optional.empty(), "the workspace's operating model before its first"
                        + " governed change", List.of(), "", currentText);
            }
            PolicyVersion version = history.record(user.name(), Optional.of(user.role()), reason,
                    change.parts().stream().map(ChangedPart::describe).toList(),
                    LineDiff.between(currentText, text).text(), text);
            write(session.workspace().operatingModel(), text);
            out.println("applied version " + version.version() + " by " + version.appliedBy() + ": "
                    + change.parts().stream().map(ChangedPart::name).collect(Collectors.joining(", ")));
            out.println("operating model " + session.workspace().operatingModel() + " (used by the next 'arbiter run')");
            out.flush();
            return ExitCode.OK.code();
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Through a temporary file in the same folder, so that a crash leaves the old file or the new, never half. */
    private static void write(Path target, String text) {
        try {
            Path temporary = Files.createTempFile(target.getParent(), "operating-model", ".yaml.tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "the version was recorded but " + target
                    + " could not be written: " + e.getMessage() + "; 'arbiter policy show' prints it", e);
        }
    }
}
