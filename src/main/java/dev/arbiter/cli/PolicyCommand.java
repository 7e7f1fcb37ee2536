package dev.arbiter.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code arbiter policy}: check, apply and look back on the workspace's operating model. */
@Command(
        name = "policy",
        description = "Check, apply and show versions of the operating model.",
        subcommands = {
            PolicyCheckCommand.class,
            PolicyApplyCommand.class,
            PolicyVersionCommands.History.class,
            PolicyVersionCommands.Show.class
        })
final class PolicyCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
