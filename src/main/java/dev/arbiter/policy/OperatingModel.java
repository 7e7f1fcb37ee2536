package dev.arbiter.policy;

import dev.arbiter.model.ActionType;
import dev.arbiter.model.Marketplace;
import dev.arbiter.model.ObjectivePlan;
import dev.arbiter.model.ObjectiveTerms;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The brand's operating model: who may decide what, inside which central guardrails, with which objectives,
 * budgets and visibility (DESIGN.md, Operating model file).
 */
public record OperatingModel(
        Marketplace marketplace,
        String currency,
        int attributionDays,
        List<User> users,
        Map<ActionType, DecisionRight> decisionRights,
        List<Guardrail> guardrails,
        ObjectiveTerms objectiveTerms,
        List<ConditionalBudget> budgets,
        Map<Role, Visibility> visibility,
        List<Rule> rules,
        Optional<CustomerCosts> customerCosts,
        InventoryTerms inventoryTerms,
        ObjectivePlan objectivePlan) {

    public OperatingModel {
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(currency, "currency");
        users = List.copyOf(users);
        decisionRights = Map.copyOf(decisionRights);
        guardrails = List.copyOf(guardrails);
        Objects.requireNonNull(objectiveTerms, "objectiveTerms");
        budgets = List.copyOf(budgets);
        visibility = Map.copyOf(visibility);
        rules = List.copyOf(rules);
        Objects.requireNonNull(customerCosts, "customerCosts");
        Objects.requireNonNull(inventoryTerms, "inventoryTerms");
        Objects.requireNonNull(objectivePlan, "objectivePlan");
        decisionRights.forEach((type, right) -> {
            if (right.type() != type) {
                throw new IllegalArgumentException("the decision right for " + type.key() + " is for " + right.type().key());
            }
        });
    }

    /** A model without a {@code customers:} section: no per-order costs known. */
    public OperatingModel(Marketplace marketplace, String currency, int attributionDays, List<User> users,
            Map<ActionType, DecisionRight> decisionRights, List<Guardrail> guardrails, ObjectiveTerms objectiveTerms,
            List<ConditionalBudget> budgets, Map<Role, Visibility> visibility, List<Rule> rules) {
        this(marketplace, currency, attributionDays, users, decisionRights, guardrails, objectiveTerms, budgets,
                visibility, rules, Optional.empty());
    }

    /**
     * A model without an {@code inventory:} section (a 95 % service level, weekly reviews: InventoryTerms.defaults) and
     * without time-bounded objectives (every SKU keeps its catalog objective).
     */
    public OperatingModel(Marketplace marketplace, String currency, int attributionDays, List<User> users,
            Map<ActionType, DecisionRight> decisionRights, List<Guardrail> guardrails, ObjectiveTerms objectiveTerms,
            List<ConditionalBudget> budgets, Map<Role, Visibility> visibility, List<Rule> rules,
            Optional<CustomerCosts> customerCosts) {
        this(marketplace, currency, attributionDays, users, decisionRights, guardrails, objectiveTerms, budgets,
                visibility, rules, customerCosts, InventoryTerms.defaults(), ObjectivePlan.none());
    }

    public Optional<DecisionRight> decisionRight(ActionType type) {
        return Optional.ofNullable(decisionRights.get(type));
    }

    /** The guardrails an action of this type must pass, in file order. */
    public List<Guardrail> guardrailsFor(ActionType type) {
        return guardrails.stream().filter(g -> g.appliesTo(type)).toList();
    }

    /** What a role may see; roles not listed see everything. */
    public Visibility visibilityOf(Role role) {
        return visibility.getOrDefault(role, Visibility.FULL);
    }

    public Optional<User> user(String name) {
        return users.stream().filter(u -> u.name().equals(name)).findFirst();
    }
}
