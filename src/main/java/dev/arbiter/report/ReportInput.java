package dev.arbiter.report;

import dev.arbiter.economics.AdProductSpend;
import dev.arbiter.economics.SkuDay;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.ObjectivePlan;
import dev.arbiter.model.ObjectiveTerms;
import java.util.List;
import java.util.Objects;

/**
 * Everything one holistic report is built from: a brand's SKU economics and SKU-days over a window, its
 * advertising targets, the actions of the run, the objective terms and the
 * time-bounded objectives of its operating model, and each ad product's spend by source report.
 */
public record ReportInput(
        String brand,
        DateRange window,
        List<SkuEconomics> skus,
        List<SkuDay> days,
        List<TargetEconomics> targets,
        List<ActionLine> actions,
        ObjectiveTerms terms,
        ObjectivePlan objectives,
        List<AdProductSpend> adProducts) {

    public ReportInput {
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(window, "window");
        skus = List.copyOf(Objects.requireNonNull(skus, "skus"));
        days = List.copyOf(Objects.requireNonNull(days, "days"));
        targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
        actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(objectives, "objectives");
        adProducts = List.copyOf(Objects.requireNonNull(adProducts, "adProducts"));
    }

    /** An input without ad product lines: the brand's ad spend is its SKUs'. */
    public ReportInput(String brand, DateRange window, List<SkuEconomics> skus, List<SkuDay> days,
            List<TargetEconomics> targets, List<ActionLine> actions, ObjectiveTerms terms, ObjectivePlan objectives) {
        this(brand, window, skus, days, targets, actions, terms, objectives, List.of());
    }

    /** An input whose SKUs keep their catalog objectives, with no time-bounded entry to report. */
    public ReportInput(String brand, DateRange window, List<SkuEconomics> skus, List<SkuDay> days,
            List<TargetEconomics> targets, List<ActionLine> actions, ObjectiveTerms terms) {
        this(brand, window, skus, days, targets, actions, terms, ObjectivePlan.none());
    }
}
