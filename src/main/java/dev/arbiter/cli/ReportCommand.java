package dev.arbiter.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code arbiter report}: rewrites out/report.html from what the workspace holds, proposing nothing. */
@Command(name = "report", description = "Write the holistic report (out/report.html) from the workspace.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Session session = Session.open(options.workspace())) {
            Path report = Reporting.write(session, session.loop().window(), "Arbiter");
            spec.commandLine().getOut().println("report " + report);
            return ExitCode.OK.code();
        }
    }
}
