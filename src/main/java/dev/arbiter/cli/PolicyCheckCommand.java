package dev.arbiter.cli;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.jdbc.EconomicsQueries;
import dev.arbiter.govern.PreviewingPolicyChange;
import dev.arbiter.govern.VerdictChange;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Problem;
import dev.arbiter.policy.CatalogSubjects;
import dev.arbiter.policy.OperatingModel;
import dev.arbiter.policy.yaml.OperatingModelFile;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arbiter policy check FILE}: every schema and CEL error of a candidate operating model with its line and
 * column, then how many of the workspace's open actions would change verdict under it, listed.
 */
@Command(name = "check", description = "Check an operating model file and preview which open actions would change verdict.")
final class PolicyCheckCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOptions options;

    @Parameters(index = "0", paramLabel = "FILE", description = "The candidate operating-model.yaml.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OperatingModel candidate = OperatingModelFile.load(file);
        PrintWriter out = spec.commandLine().getOut();
        out.println(file.getFileName() + " is valid: " + summary(candidate));
        try (Session session = Session.open(options.workspace())) {
            if (!Files.isRegularFile(session.workspace().operatingModel())) {
                out.println("impact        none to preview: the workspace has no operating-model.yaml yet");
            } else {
                warnAboutUnknownSubjects(out, session, candidate);
                print(out, session.loop().previewImpact(candidate));
            }
        }
        out.flush();
        return ExitCode.OK.code();
    }

    /** Objective entries naming a SKU or category the workspace's catalog does not hold: warned about, not refused. */
    private void warnAboutUnknownSubjects(PrintWriter out, Session session, OperatingModel candidate) {
        EconomicsQueries economics = session.economics();
        Optional<DateRange> data = economics.dataRange();
        if (data.isEmpty() || candidate.objectivePlan().assignments().isEmpty()) {
            return;
        }
        List<SkuEconomics> skus = economics.skus(data.get());
        CatalogSubjects catalog = new CatalogSubjects(
                skus.stream().map(s -> s.sku().value()).collect(Collectors.toCollection(TreeSet::new)),
                skus.stream().map(SkuEconomics::category).collect(Collectors.toCollection(TreeSet::new)));
        for (Problem warning : catalog.unknownIn(file.getFileName().toString(), candidate.objectivePlan())) {
            out.println("warning       " + warning.render());
        }
    }

    static String summary(OperatingModel model) {
        return model.users().size() + " users, " + model.decisionRights().size() + " decision rights, "
                + model.guardrails().size() + " guardrails, " + model.budgets().size() + " budgets, "
                + model.rules().size() + " rules";
    }

    private static void print(PrintWriter out, Optional<PreviewingPolicyChange.Impact> preview) {
        if (preview.isEmpty()) {
            out.println("impact        none to preview: the workspace holds no data yet");
            return;
        }
        PreviewingPolicyChange.Impact impact = preview.get();
        out.println("impact        " + impact.changes().size() + " of " + impact.considered()
                + " open actions would change verdict under this file");
        for (VerdictChange change : impact.changes()) {
            out.println(change.describe());
        }
    }
}
