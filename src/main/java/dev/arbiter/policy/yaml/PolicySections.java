package dev.arbiter.policy.yaml;

import dev.arbiter.model.ActionType;
import dev.arbiter.model.Money;
import dev.arbiter.policy.BudgetKind;
import dev.arbiter.policy.ConditionalBudget;
import dev.arbiter.policy.DecisionRight;
import dev.arbiter.policy.Expression;
import dev.arbiter.policy.Guardrail;
import dev.arbiter.policy.Role;
import dev.arbiter.policy.Rule;
import dev.arbiter.policy.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads the sections of the file written in CEL: guardrails, conditional budgets and rules. */
final class PolicySections {
    private static final List<String> GUARDRAIL_KEYS =
            List.of("id", "owner", "applies_to", "severity", "require", "because");
    private static final List<String> BUDGET_KEYS = List.of("portfolio", "kind", "monthly", "release_when");

    private final YamlNodes nodes;
    private final YamlExpressions expressions;

    PolicySections(YamlNodes nodes, YamlExpressions expressions) {
        this.nodes = nodes;
        this.expressions = expressions;
    }

    List<Guardrail> guardrails(Node node) {
        List<Guardrail> guardrails = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : nodes.sequence(node, "guardrails")) {
            Map<String, Node> fields =
                    nodes.fields(item, "a guardrail", GUARDRAIL_KEYS, List.of("id", "owner", "applies_to", "require"));
            Optional<String> id = uniqueId(fields.get("id"), ids, "guardrail");
            Optional<Role> owner = field(fields, "owner").flatMap(nodes::role);
            Set<ActionType> appliesTo = new LinkedHashSet<>();
            field(fields, "applies_to").ifPresent(list -> nodes.sequence(list, "applies_to")
                    .forEach(type -> nodes.actionType(type).ifPresent(appliesTo::add)));
            Optional<Severity> severity = field(fields, "severity").map(this::severity).orElse(Optional.of(new Severity.Block()));
            Optional<Expression> require = field(fields, "require").flatMap(n -> expressions.read(n, "require"));
            String because = field(fields, "because").flatMap(n -> nodes.text(n, "because")).orElse("");
            if (id.isPresent() && owner.isPresent() && severity.isPresent() && require.isPresent()) {
                guardrails.add(new Guardrail(id.get(), owner.get(), appliesTo, severity.get(), require.get(), because));
            }
        }
        return guardrails;
    }

    private Optional<Severity> severity(Node node) {
        if (node instanceof ScalarNode scalar && scalar.getValue().equals("block")) {
            return Optional.of(new Severity.Block());
        }
        if (node instanceof ScalarNode) {
            nodes.problem(node, "unknown severity '" + ((ScalarNode) node).getValue() + "'",
                    "write 'block' or '{ escalate: <role> }'");
            return Optional.empty();
        }
        Map<String, Node> fields = nodes.fields(node, "severity", List.of("escalate"), List.of("escalate"));
        return field(fields, "escalate").flatMap(nodes::role).map(Severity.Escalate::new);
    }

    List<ConditionalBudget> budgets(Node node, Currency currency) {
        List<ConditionalBudget> budgets = new ArrayList<>();
        Set<String> portfolios = new HashSet<>();
        for (Node item : nodes.sequence(node, "budgets")) {
            Map<String, Node> fields = nodes.fields(item, "a budget", BUDGET_KEYS, List.of("portfolio", "kind", "monthly"));
            Optional<String> portfolio = uniqueId(fields.get("portfolio"), portfolios, "budget portfolio");
            Optional<BudgetKind> kind = field(fields, "kind").flatMap(n -> nodes.named(n, "budget kind",
                    BudgetKind::byKey, Arrays.stream(BudgetKind.values()).map(BudgetKind::key).toList()));
            OptionalDouble monthly = field(fields, "monthly").map(n -> nodes.number(n, "monthly")).orElse(OptionalDouble.empty());
            Optional<Node> releaseNode = field(fields, "release_when");
            Optional<Expression> releaseWhen = releaseNode.flatMap(n -> expressions.read(n, "release_when"));
            boolean releaseOk = releaseNode.isEmpty() || releaseWhen.isPresent();
            if (portfolio.isPresent() && kind.isPresent() && monthly.isPresent() && releaseOk) {
                Money amount = Money.of(BigDecimal.valueOf(monthly.getAsDouble()), currency);
                budgets.add(new ConditionalBudget(portfolio.get(), kind.get(), amount, releaseWhen));
            }
        }
        return budgets;
    }

    /**
     * The rules: {@code then} is {@code alert} or {@code {action, owner}}, where the action is one a rule may fire and
     * the owner holds its decision right, so what the rule proposes reaches the role it names.
     */
    List<Rule> rules(Node node, Map<ActionType, DecisionRight> rights) {
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : nodes.sequence(node, "rules")) {
            Map<String, Node> fields = nodes.fields(item, "a rule", List.of("id", "when", "then"), List.of("id", "when", "then"));
            Optional<String> id = uniqueId(fields.get("id"), ids, "rule");
            Optional<Expression> when = field(fields, "when").flatMap(n -> expressions.readRule(n, "when"));
            Optional<Node> thenNode = field(fields, "then");
            if (thenNode.isPresent() && thenNode.get() instanceof ScalarNode scalar) {
                if (!scalar.getValue().equals("alert")) {
                    nodes.problem(scalar, "a rule's then must be 'alert' or { action: ..., owner: ... }",
                            "write 'then: alert' or 'then: { action: listing.review, owner: ecommerce }'");
                } else if (id.isPresent() && when.isPresent()) {
                    rules.add(Rule.alerting(id.get(), when.get()));
                }
                continue;
            }
            Map<String, Node> then = thenNode
                    .map(n -> nodes.fields(n, "then", List.of("action", "owner"), List.of("action", "owner")))
                    .orElse(Map.of());
            Optional<ActionType> action = field(then, "action").flatMap(nodes::actionType)
                    .filter(type -> firable(type, then.get("action")));
            Optional<Role> owner = field(then, "owner").flatMap(nodes::role)
                    .filter(role -> action.isEmpty() || holdsRight(role, action.get(), rights, then.get("owner")));
            if (id.isPresent() && when.isPresent() && action.isPresent() && owner.isPresent()) {
                rules.add(Rule.firing(id.get(), when.get(), action.get(), owner.get()));
            }
        }
        return rules;
    }

    private boolean firable(ActionType type, Node at) {
        if (Rule.FIRABLE.contains(type)) {
            return true;
        }
        nodes.problem(at, "a rule cannot fire " + type.key(), "a rule fires "
                + Rule.FIRABLE.stream().map(ActionType::key).collect(Collectors.joining(" or ")) + ", or 'then: alert'");
        return false;
    }

    private boolean holdsRight(Role role, ActionType type, Map<ActionType, DecisionRight> rights, Node at) {
        Optional<DecisionRight> right = Optional.ofNullable(rights.get(type));
        if (right.isPresent() && right.get().heldBy(role)) {
            return true;
        }
        nodes.problem(at, right.map(r -> role.key() + " does not hold the decision right for " + type.key()
                        + " (" + r.decides().key() + " decides it)")
                        .orElse("the operating model gives no decision right for " + type.key()),
                right.map(r -> "make the owner " + r.decides().key() + " or change decision_rights")
                        .orElse("add " + type.key() + " to decision_rights"));
        return false;
    }

    private Optional<String> uniqueId(Node node, Set<String> seen, String what) {
        Optional<String> id = Optional.ofNullable(node).flatMap(n -> nodes.text(n, "the " + what));
        if (id.isPresent() && !seen.add(id.get())) {
            nodes.problem(node, "duplicate " + what + " '" + id.get() + "'", "give each " + what + " its own id");
            return Optional.empty();
        }
        return id;
    }

    private static Optional<Node> field(Map<String, Node> fields, String key) {
        return Optional.ofNullable(fields.get(key));
    }
}
