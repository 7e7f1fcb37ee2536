package dev.arbiter.policy.yaml;

import dev.arbiter.model.ActionType;
import dev.arbiter.model.Marketplace;
import dev.arbiter.policy.AuthorityLimit;
import dev.arbiter.policy.DecisionRight;
import dev.arbiter.policy.Role;
import dev.arbiter.policy.User;
import dev.arbiter.policy.Visibility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads the sections of the file about people and authority: marketplace, roles, users, rights. */
final class ModelSections {
    private final YamlNodes nodes;

    ModelSections(YamlNodes nodes) {
        this.nodes = nodes;
    }

    Optional<Marketplace> marketplace(Node node) {
        return nodes.named(node, "marketplace", Marketplace::byCode,
                Arrays.stream(Marketplace.values()).map(Marketplace::name).toList());
    }

    int attributionDays(Optional<Node> node) {
        Optional<Integer> days = node.flatMap(n -> nodes.wholeNumber(n, "attribution_days"));
        if (days.isPresent() && days.get() != 7 && days.get() != 14) {
            nodes.problem(node.get(), "attribution_days must be 7 or 14, not " + days.get(),
                    "Amazon attributes sales over 7 or 14 days");
        }
        return days.orElse(7);
    }

    void roles(Node node) {
        nodes.sequence(node, "roles").forEach(nodes::role);
    }

    List<User> users(Node node) {
        List<User> users = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node item : nodes.sequence(node, "users")) {
            Map<String, Node> fields = nodes.fields(item, "a user", List.of("name", "role"), List.of("name", "role"));
            Optional<String> name = Optional.ofNullable(fields.get("name")).flatMap(n -> nodes.text(n, "name"));
            Optional<Role> role = Optional.ofNullable(fields.get("role")).flatMap(nodes::role);
            if (name.isPresent() && !names.add(name.get())) {
                nodes.problem(fields.get("name"), "duplicate user '" + name.get() + "'", "give each user one line");
            }
            if (name.isPresent() && role.isPresent()) {
                users.add(new User(name.get(), role.get()));
            }
        }
        return users;
    }

    Map<ActionType, DecisionRight> decisionRights(Node node) {
        Map<ActionType, DecisionRight> rights = new EnumMap<>(ActionType.class);
        for (NodeTuple entry : nodes.entries(node, "decision_rights")) {
            Optional<ActionType> type = nodes.actionType(entry.getKeyNode());
            String key = ((ScalarNode) entry.getKeyNode()).getValue();
            Map<String, Node> fields = nodes.fields(entry.getValueNode(), "the decision right for " + key,
                    List.of("decides", "approves", "auto_within", "reversible"), List.of("decides"));
            Optional<Role> decides = Optional.ofNullable(fields.get("decides")).flatMap(nodes::role);
            Optional<Role> approves = Optional.ofNullable(fields.get("approves")).flatMap(nodes::role);
            AuthorityLimit limit = Optional.ofNullable(fields.get("auto_within"))
                    .map(this::authorityLimit)
                    .orElse(AuthorityLimit.unlimited());
            boolean reversible = Optional.ofNullable(fields.get("reversible"))
                    .flatMap(n -> nodes.bool(n, "reversible"))
                    .orElse(true);
            if (type.isPresent() && decides.isPresent()) {
                rights.put(type.get(), new DecisionRight(type.get(), decides.get(), approves, limit, reversible));
            }
        }
        return rights;
    }

    private AuthorityLimit authorityLimit(Node node) {
        Map<String, Node> fields = nodes.fields(node, "auto_within", List.of("max_step_pct", "max_value"), List.of());
        return new AuthorityLimit(positive(fields.get("max_step_pct"), "max_step_pct"),
                positive(fields.get("max_value"), "max_value"));
    }

    private OptionalDouble positive(Node node, String what) {
        if (node == null) {
            return OptionalDouble.empty();
        }
        OptionalDouble value = nodes.number(node, what);
        if (value.isPresent() && value.getAsDouble() < 0) {
            nodes.problem(node, what + " cannot be negative", "");
            return OptionalDouble.empty();
        }
        return value;
    }

    Map<Role, Visibility> visibility(Node node) {
        Map<Role, Visibility> visibility = new EnumMap<>(Role.class);
        for (NodeTuple entry : nodes.entries(node, "visibility")) {
            Optional<Role> role = nodes.role(entry.getKeyNode());
            Optional<Visibility> seen = nodes.named(entry.getValueNode(), "visibility", Visibility::byKey,
                    Arrays.stream(Visibility.values()).map(Visibility::key).toList());
            if (role.isPresent() && seen.isPresent()) {
                visibility.put(role.get(), seen.get());
            }
        }
        return visibility;
    }
}
