package dev.arbiter.web;

import dev.arbiter.decide.ApplyingRules;
import dev.arbiter.decide.ProposalInput;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.govern.AuditEntry;
import dev.arbiter.govern.AuditVerification;
import dev.arbiter.govern.Context;
import dev.arbiter.insights.Alert;
import dev.arbiter.insights.Insight;
import dev.arbiter.insights.Insights;
import dev.arbiter.insights.RetailMediaConflicts;
import dev.arbiter.model.ActionType;
import dev.arbiter.model.Money;
import dev.arbiter.policy.DecisionRight;
import dev.arbiter.policy.OperatingModel;
import dev.arbiter.policy.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The operating model, the audit log and the insights, as a viewer may see them. */
final class GovernanceViews {
    /** Alerts whose numbers hold no margin or cost, which the agency may see too. */
    private static final Set<String> SHOWN_TO_ALL = Set.of("media_on_fragile_stock", "strategic_sku_without_media");

    /** How many of the latest audit entries the audit page lists. */
    static final int AUDIT_PAGE = 200;

    private GovernanceViews() {}

    static Views.Model model(Backend backend) {
        OperatingModel model = backend.model();
        List<Views.GuardrailRow> guardrails = model.guardrails().stream()
                .map(g -> new Views.GuardrailRow(g.id(), g.owner().key(),
                        g.appliesTo().stream().map(ActionType::key).sorted().collect(Collectors.joining(", ")),
                        g.severity().describe(), g.require().source(), g.because()))
                .toList();
        List<String> roles = Arrays.stream(Role.values()).map(Role::key).toList();
        List<Views.RightRow> rights = Arrays.stream(ActionType.values())
                .map(type -> model.decisionRight(type).map(right -> rightRow(right)).orElse(
                        new Views.RightRow(type.key(), roles.stream().map(r -> "").toList(), "no right defined", false)))
                .toList();
        List<SkuEconomics> skus = backend.economics().skus(backend.window());
        Money zero = Money.zero(Currency.getInstance(model.currency()));
        Money revenue = skus.stream().map(SkuEconomics::revenue).reduce(zero, Money::plus);
        Money spend = skus.stream().map(SkuEconomics::adSpend).reduce(zero, Money::plus);
        double cm2Pct = skus.stream().map(SkuEconomics::contributionAfterAds).reduce(zero, Money::plus).ratioTo(revenue);
        Display display = new Display(model.currency());
        List<Views.BudgetRow> budgets = model.budgets().stream()
                .map(b -> new Views.BudgetRow(b.portfolio(), b.kind().key(), display.money(b.monthly()),
                        b.releaseWhen().map(e -> e.source()).orElse("always"),
                        b.releasedFor(Context.empty().withPortfolio(b, spend, cm2Pct))))
                .toList();
        return new Views.Model(guardrails, roles, rights, budgets);
    }

    private static Views.RightRow rightRow(DecisionRight right) {
        List<String> cells = Arrays.stream(Role.values()).map(role -> role == right.decides() ? "decides"
                : right.approves().filter(role::equals).isPresent() ? "approves"
                : role == Role.CMO ? "arbitrates" : "").toList();
        String limits = right.autoWithin().maxStepPct().isPresent() || right.autoWithin().maxValue().isPresent()
                ? (right.autoWithin().maxStepPct().isPresent()
                        ? "steps up to ±" + Display.number(right.autoWithin().maxStepPct().getAsDouble(), 0) + " % " : "")
                        + (right.autoWithin().maxValue().isPresent()
                        ? "value up to " + Display.number(right.autoWithin().maxValue().getAsDouble(), 0) : "")
                : "no automatic authority";
        return new Views.RightRow(right.type().key(), cells, limits.trim(), right.reversible());
    }

    static Views.Audit audit(Backend backend, Viewer viewer) {
        List<AuditEntry> entries = backend.audit().entries();
        AuditVerification verification = backend.audit().verify();
        ActionViews actions = new ActionViews(viewer);
        List<Views.AuditRow> latest = entries.stream()
                .sorted(Comparator.comparingLong(AuditEntry::seq).reversed())
                .limit(AUDIT_PAGE)
                .map(actions::audit)
                .toList();
        return new Views.Audit(verification.intact(), verification.entries(), verification.intact()
                ? "intact: every entry follows the one before it and none was changed"
                : "broken: " + verification.reason(), latest);
    }

    static Views.InsightList insights(Backend backend, Viewer viewer) {
        List<SkuEconomics> skus = backend.economics().skus(backend.window());
        List<TargetEconomics> targets = backend.economics().targets(backend.window());
        List<Insight> found = Insights.of(skus, backend.economics().skuDays(backend.window()), targets);
        List<Views.InsightRow> rows = new ArrayList<>(found.stream()
                .filter(i -> viewer.seesMoney() || !i.confidential())
                .map(i -> new Views.InsightRow(i.kind().key(), i.sku(), i.target(), i.headline()))
                .toList());
        alerts(backend, skus, targets).stream()
                .filter(a -> viewer.seesMoney() || SHOWN_TO_ALL.contains(a.kind()))
                .map(a -> new Views.InsightRow(a.kind(), a.sku().value(), "", a.summary()))
                .forEach(rows::add);
        return new Views.InsightList(backend.window().toString(), rows);
    }

    /** Retail/media conflicts and the operating model's rule alerts, as the report's alerts section lists them. */
    private static List<Alert> alerts(Backend backend, List<SkuEconomics> skus, List<TargetEconomics> targets) {
        List<Alert> alerts = new ArrayList<>(new RetailMediaConflicts(RetailMediaConflicts.Settings.defaults()).find(skus));
        ProposalInput input = new ProposalInput(skus, targets, List.of(), Map.of(), backend.model().objectiveTerms());
        alerts.addAll(new ApplyingRules(backend.model().rules(), backend.economics().trends(backend.window().to()))
                .evaluate(input).alerts());
        return alerts;
    }
}
