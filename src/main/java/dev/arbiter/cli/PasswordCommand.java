package dev.arbiter.cli;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.policy.OperatingModel;
import dev.arbiter.policy.User;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code arbiter password USER}: sets a user's web password, read from the first line of standard input. */
@Command(name = "password", description = "Set a user's web password, read from the first line of standard input.")
final class PasswordCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOptions options;

    @Parameters(index = "0", paramLabel = "USER", description = "A user of the operating model.")
    String userName;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (Session session = Session.open(options.workspace())) {
            OperatingModel model = session.operatingModel();
            User user = model.user(userName).orElseThrow(() -> new ArbiterException(ErrorKind.USER,
                    "'" + userName + "' is not a user of the operating model; users are "
                            + model.users().stream().map(User::name).toList()));
            String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (password == null) {
                throw new ArbiterException(ErrorKind.USER, "no password on standard input; pipe it in, e.g."
                        + " printf '%s\\n' \"$PASSWORD\" | arbiter password " + userName);
            }
            session.credentials().setPassword(user.name(), password);
            spec.commandLine().getOut().println("password set for " + user.name() + " (" + user.role().key() + ")");
            spec.commandLine().getOut().flush();
            return ExitCode.OK.code();
        }
    }
}
