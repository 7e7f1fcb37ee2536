package dev.arbiter.cli;

import dev.arbiter.economics.engine.EconomicsEngine;
import dev.arbiter.insights.Alert;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code arbiter run}: economics, proposals, governance, execution of what is approved, and the report. */
@Command(name = "run", description = "Run the loop: propose actions, govern them, execute what is approved, report.")
final class RunCommand implements Callable<Integer> {

    /** How many alerts the summary lists unless {@code --all-alerts} asks for every one. */
    static final int SHOWN_ALERTS = 8;

    @Option(names = "--all-alerts", description = "List every retail/media conflict, not only the first eight.")
    boolean allAlerts;

    @Mixin
    WorkspaceOptions options;

    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Session session = Session.open(options.workspace())) {
            EconomicsEngine grain = engine.openFor(session, out);
            try {
                runAndReport(session, out, "Arbiter", allAlerts ? Integer.MAX_VALUE : SHOWN_ALERTS);
            } finally {
                grain.close();
            }
            return ExitCode.OK.code();
        }
    }

    /** Runs the loop in an open session and prints what it did; shared with {@code arbiter demo}. */
    static Loop.Outcome runAndReport(Session session, PrintWriter out, String brand, int shownAlerts) {
        ProgressBar progress = ProgressBar.onStandardError("run", 5);
        Loop.Outcome outcome = session.loop().run(session.workspace().out(), progress);
        Path report = Reporting.write(session, outcome.window(), brand);
        progress.step("report");
        progress.finish();
        out.println("window        " + outcome.window() + " (" + outcome.window().days() + " days)");
        out.println("proposed      " + outcome.proposed() + " actions: " + outcome.autoApproved() + " auto-approved, "
                + outcome.awaiting() + " awaiting a role, " + outcome.blocked() + " blocked by a guardrail");
        if (outcome.returnedToAwaiting() > 0) {
            out.println("re-checked    " + outcome.returnedToAwaiting() + " approved actions returned to awaiting: their"
                    + " basis changed ('arbiter actions --status awaiting' says why)");
        }
        out.println("executed      " + outcome.executed() + " actions");
        for (Path file : outcome.bulksheets()) {
            out.println("bulksheet     " + file);
        }
        for (Path file : outcome.purchaseOrders()) {
            out.println("purchase order " + file);
        }
        out.println("alerts        " + outcome.alerts().size() + " alerts (retail/media conflicts and rule alerts)"
                + (outcome.alerts().size() > shownAlerts ? ", the first " + shownAlerts + " (--all-alerts lists all):" : ""));
        for (Alert alert : outcome.alerts().subList(0, Math.min(shownAlerts, outcome.alerts().size()))) {
            out.println("  " + alert.kind() + ": " + alert.summary());
        }
        out.println("report        " + report);
        out.flush();
        return outcome;
    }
}
