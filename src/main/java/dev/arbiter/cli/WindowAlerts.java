package dev.arbiter.cli;

import dev.arbiter.decide.ApplyingRules;
import dev.arbiter.decide.ProposalInput;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.SkuTrend;
import dev.arbiter.economics.jdbc.EconomicsQueries;
import dev.arbiter.insights.Alert;
import dev.arbiter.insights.RetailMediaConflicts;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Sku;
import dev.arbiter.policy.OperatingModel;
import dev.arbiter.report.AlertsSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The alerts of a window for the report: retail/media conflicts, then the operating model's rule alerts. */
record WindowAlerts(List<Alert> alerts, Map<Sku, SkuTrend> trends) {
    WindowAlerts {
        alerts = List.copyOf(alerts);
        trends = Map.copyOf(trends);
    }

    static WindowAlerts of(EconomicsQueries economics, OperatingModel model, DateRange window, List<SkuEconomics> skus) {
        Map<Sku, SkuTrend> trends = economics.trends(window.to());
        List<Alert> alerts = new ArrayList<>(new RetailMediaConflicts(RetailMediaConflicts.Settings.defaults()).find(skus));
        ProposalInput input = new ProposalInput(skus, economics.targets(window), List.of(), Map.of(), model.objectiveTerms());
        alerts.addAll(new ApplyingRules(model.rules(), trends).evaluate(input).alerts());
        return new WindowAlerts(alerts, trends);
    }

    AlertsSection section() {
        return AlertsSection.of(alerts, trends);
    }
}
