package dev.arbiter.cli;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.jdbc.EconomicsQueries;
import dev.arbiter.govern.Ledger;
import dev.arbiter.govern.LedgerEntry;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.policy.OperatingModel;
import dev.arbiter.report.ActionLine;
import dev.arbiter.report.AlertsSection;
import dev.arbiter.report.HolisticReport;
import dev.arbiter.report.ReportBuilder;
import dev.arbiter.report.ReportInput;
import dev.arbiter.report.html.HtmlReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Writes the holistic report of a workspace from its warehouse and ledger. */
final class Reporting {
    private Reporting() {}

    static Path write(Session session, DateRange window, String brand) {
        Path file = session.workspace().report();
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, html(session, window, brand), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** The holistic report as one HTML page (the web app serves it too). */
    static String html(Session session, DateRange window, String brand) {
        EconomicsQueries economics = session.economics();
        OperatingModel model = session.operatingModel();
        Ledger ledger = session.ledger();
        List<ActionLine> actions = ledger.list(Optional.empty()).stream().map(Reporting::line).toList();
        List<SkuEconomics> skus = economics.skus(window);
        ReportInput input = new ReportInput(
                brand,
                window,
                skus,
                economics.skuDays(window),
                economics.targets(window),
                actions,
                model.objectiveTerms(),
                model.objectivePlan(),
                economics.adProductSpend(window));
        HolisticReport report = ReportBuilder.build(input);
        AlertsSection alerts = WindowAlerts.of(economics, model, window, skus).section();
        return HtmlReport.render(report, CustomersSectionFile.read(session.workspace()), Optional.of(alerts),
                Outcomes.of(session, Outcomes.DEFAULT_DAYS),
                PortfolioBudgets.of(economics, model, window, skus).arbitrate(skus));
    }

    private static ActionLine line(LedgerEntry entry) {
        return new ActionLine(
                entry.id(),
                entry.action().type(),
                entry.action().describe(),
                entry.status().name().toLowerCase(java.util.Locale.ROOT),
                entry.owner(),
                entry.action().rationale());
    }
}
