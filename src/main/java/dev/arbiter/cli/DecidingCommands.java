package dev.arbiter.cli;

import dev.arbiter.govern.DecisionOutcome;
import dev.arbiter.govern.Ledger;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.policy.OperatingModel;
import dev.arbiter.policy.User;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code arbiter actions approve|reject ID --as USER}: a person decides an action their role holds the right to. */
final class DecidingCommands {
    private DecidingCommands() {}

    /** The options both decisions share. */
    abstract static class Deciding implements Callable<Integer> {
        @Mixin
        WorkspaceOptions options;

        @Parameters(index = "0", paramLabel = "ID", description = "The action's id, as 'arbiter actions' lists it.")
        String id;

        @Option(names = "--as", required = true, paramLabel = "USER", description = "The user deciding (a user of the operating model).")
        String userName;

        @Option(names = "--comment", paramLabel = "TEXT", description = "Why (kept in the audit log).")
        String comment = "";

        @Spec
        CommandSpec spec;

        abstract DecisionOutcome decide(Ledger ledger, String id, User user, String comment);

        @Override
        public Integer call() {
            try (Session session = Session.open(options.workspace())) {
                OperatingModel model = session.operatingModel();
                User user = model.user(userName).orElseThrow(() -> new ArbiterException(ErrorKind.USER,
                        "'" + userName + "' is not a user of the operating model; users are "
                                + model.users().stream().map(User::name).toList()));
                Ledger ledger = session.ledger();
                if (ledger.find(id).isEmpty()) {
                    throw new ArbiterException(ErrorKind.USER, "no action with id '" + id + "'; list them with 'arbiter actions'");
                }
                DecisionOutcome outcome = decide(ledger, id, user, comment);
                PrintWriter out = spec.commandLine().getOut();
                out.println(outcome.describe());
                out.flush();
                return outcome.accepted() ? ExitCode.OK.code() : ExitCode.REFUSED.code();
            }
        }
    }

    @Command(name = "approve", description = "Approve an action awaiting your role.")
    static final class Approve extends Deciding {
        @Override
        DecisionOutcome decide(Ledger ledger, String id, User user, String comment) {
            return ledger.approve(id, user, comment);
        }
    }

    @Command(name = "reject", description = "Reject an action awaiting your role.")
    static final class Reject extends Deciding {
        @Override
        DecisionOutcome decide(Ledger ledger, String id, User user, String comment) {
            return ledger.reject(id, user, comment);
        }
    }
}
