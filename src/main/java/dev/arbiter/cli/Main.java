package dev.arbiter.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code arbiter} command. */
@Command(
        name = "arbiter",
        mixinStandardHelpOptions = true,
        version = "arbiter 0.1.0",
        description = "Runs a brand's Amazon business as one governed system.",
        subcommands = {
            DemoCommand.class,
            IngestCommand.class,
            QuarantineCommand.class,
            BenchIngestCommand.class,
            RunCommand.class,
            ActionsCommand.class,
            ReportCommand.class,
            PolicyCommand.class,
            AuditCommand.class,
            ExecuteCommand.class,
            CustomersCommand.class,
            BenchClvCommand.class,
            BacktestCommand.class,
            ServeCommand.class,
            PasswordCommand.class,
            OutcomesCommand.class,
            ElasticityCommand.class,
            GenerateCommand.class,
            BenchCommand.class
        })
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new Main());
        line.setExecutionExceptionHandler(new FailureHandler());
        usageErrorsExitWithOne(line);
        return line;
    }

    /** picocli answers a usage error with 2 unless told otherwise, command by command; ours is 1 everywhere. */
    private static void usageErrorsExitWithOne(CommandLine line) {
        line.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE.code());
        line.getSubcommands().values().forEach(Main::usageErrorsExitWithOne);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
