package dev.arbiter.policy;

import dev.arbiter.model.ActionType;
import dev.arbiter.model.ObjectiveAssignment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a new version of the operating model changes, part by part, and who owns each part: a guardrail belongs to its
 * owner (finance owns the margin guardrails), a budget's release condition and the customers' per-order costs to
 * finance, and everything else to the CMO.
 */
public record PolicyChange(List<ChangedPart> parts) {
    public PolicyChange {
        parts = List.copyOf(parts);
    }

    public static PolicyChange between(OperatingModel before, OperatingModel after) {
        List<ChangedPart> parts = new ArrayList<>();
        cmoOnly(parts, "settings", settings(before), settings(after));
        cmoOnly(parts, "users", before.users(), after.users());
        for (ActionType type : ActionType.values()) {
            cmoOnly(parts, "decision_rights." + type.key(), before.decisionRight(type), after.decisionRight(type));
        }
        guardrails(parts, before.guardrails(), after.guardrails());
        cmoOnly(parts, "objectives", objectives(before), objectives(after));
        cmoOnly(parts, "inventory", before.inventoryTerms(), after.inventoryTerms());
        budgets(parts, before.budgets(), after.budgets());
        cmoOnly(parts, "visibility", before.visibility(), after.visibility());
        Map<String, String> rulesBefore = byId(before.rules(), Rule::id, PolicyChange::text);
        Map<String, String> rulesAfter = byId(after.rules(), Rule::id, PolicyChange::text);
        for (String id : union(rulesBefore.keySet(), rulesAfter.keySet())) {
            cmoOnly(parts, "rules." + id, Optional.ofNullable(rulesBefore.get(id)), Optional.ofNullable(rulesAfter.get(id)));
        }
        if (!before.customerCosts().equals(after.customerCosts())) {
            parts.add(new ChangedPart("customers", how(before.customerCosts(), after.customerCosts()), Set.of(Role.FINANCE)));
        }
        return new PolicyChange(parts);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The parts a user of this role may not change. */
    public List<ChangedPart> refusedFor(Role role) {
        return parts.stream().filter(part -> !part.ownedBy(role)).toList();
    }

    private static void guardrails(List<ChangedPart> parts, List<Guardrail> before, List<Guardrail> after) {
        Map<String, Guardrail> old = byId(before, Guardrail::id, Function.identity());
        Map<String, Guardrail> now = byId(after, Guardrail::id, Function.identity());
        for (String id : union(old.keySet(), now.keySet())) {
            Optional<Guardrail> was = Optional.ofNullable(old.get(id));
            Optional<Guardrail> is = Optional.ofNullable(now.get(id));
            if (!was.map(PolicyChange::text).equals(is.map(PolicyChange::text))) {
                Set<Role> owners = EnumSet.noneOf(Role.class);
                was.ifPresent(g -> owners.add(g.owner()));
                is.ifPresent(g -> owners.add(g.owner()));
                parts.add(new ChangedPart("guardrails." + id, how(was, is), owners));
            }
        }
    }

    private static void budgets(List<ChangedPart> parts, List<ConditionalBudget> before, List<ConditionalBudget> after) {
        Map<String, ConditionalBudget> old = byId(before, ConditionalBudget::portfolio, Function.identity());
        Map<String, ConditionalBudget> now = byId(after, ConditionalBudget::portfolio, Function.identity());
        for (String portfolio : union(old.keySet(), now.keySet())) {
            Optional<ConditionalBudget> was = Optional.ofNullable(old.get(portfolio));
            Optional<ConditionalBudget> is = Optional.ofNullable(now.get(portfolio));
            cmoOnly(parts, "budgets." + portfolio, was.map(b -> b.kind() + " " + b.monthly()), is.map(b -> b.kind() + " " + b.monthly()));
            Optional<String> conditionWas = was.flatMap(ConditionalBudget::releaseWhen).map(Expression::source);
            Optional<String> conditionIs = is.flatMap(ConditionalBudget::releaseWhen).map(Expression::source);
            if (!conditionWas.equals(conditionIs)) {
                parts.add(new ChangedPart("budgets." + portfolio + ".release_when", how(conditionWas, conditionIs),
                        Set.of(Role.FINANCE)));
            }
        }
    }

    private static void cmoOnly(List<ChangedPart> parts, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            String how = before instanceof Optional<?> was && after instanceof Optional<?> is ? how(was, is) : "changed";
            parts.add(new ChangedPart(name, how, Set.of()));
        }
    }

    private static String how(Optional<?> before, Optional<?> after) {
        return before.isEmpty() ? "added" : after.isEmpty() ? "removed" : "changed";
    }

    private static List<Object> settings(OperatingModel model) {
        return List.of(model.marketplace(), model.currency(), model.attributionDays());
    }

    /** The terms and the plan's entries without their place in the file, so moving a line changes nothing. */
    private static List<Object> objectives(OperatingModel model) {
        return List.of(model.objectiveTerms(), model.objectivePlan().defaultObjective(),
                model.objectivePlan().assignments().stream().map(ObjectiveAssignment::describe).toList());
    }

    private static String text(Guardrail g) {
        return String.join("|", g.owner().key(), new TreeSet<>(g.appliesTo().stream().map(ActionType::key).toList()).toString(),
                g.severity().describe(), g.require().source(), g.because());
    }

    private static String text(Rule rule) {
        return String.join("|", rule.when().source(), rule.consequence());
    }

    private static <T, V> Map<String, V> byId(Collection<T> items, Function<T, String> id, Function<T, V> value) {
        return items.stream().collect(Collectors.toMap(id, value, (a, b) -> a, LinkedHashMap::new));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
