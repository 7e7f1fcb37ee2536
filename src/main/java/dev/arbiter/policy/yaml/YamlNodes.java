package dev.arbiter.policy.yaml;

import dev.arbiter.model.ActionType;
import dev.arbiter.model.Problem;
import dev.arbiter.policy.NearestName;
import dev.arbiter.policy.Role;
import dev.arbiter.policy.SourcePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads typed values out of composed YAML nodes, collecting every problem instead of stopping at the first. */
final class YamlNodes {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    YamlNodes(String file) {
        this.file = file;
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    static SourcePosition position(Node node) {
        return new SourcePosition(node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    void problem(SourcePosition at, String reason, String hint) {
        problems.add(new Problem(file, at.line(), at.column(), "", reason, hint));
    }

    void problem(Node node, String reason, String hint) {
        problem(position(node), reason, hint);
    }

    /**
     * The fields of a mapping by key, in file order; reports unknown keys (with the nearest known one), duplicate
     * keys and missing required keys.
     */
    Map<String, Node> fields(Node node, String where, List<String> known, List<String> required) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, where + " must be a mapping of keys to values", "write it as 'key: value' lines");
            return Map.of();
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        NearestName nearest = new NearestName(known);
        for (NodeTuple tuple : mapping.getValue()) {
            Optional<String> key = text(tuple.getKeyNode(), "a key");
            if (key.isEmpty()) {
                continue;
            }
            if (!known.isEmpty() && !known.contains(key.get())) {
                problem(tuple.getKeyNode(), "unknown key '" + key.get() + "' in " + where, nearest.to(key.get())
                        .map(k -> "did you mean '" + k + "'?")
                        .orElse("known keys are " + String.join(", ", known)));
            } else if (fields.putIfAbsent(key.get(), tuple.getValueNode()) != null) {
                problem(tuple.getKeyNode(), "duplicate key '" + key.get() + "' in " + where, "keep only one");
            }
        }
        for (String key : required) {
            if (!fields.containsKey(key)) {
                problem(node, "missing key '" + key + "' in " + where, "add '" + key + ": ...'");
            }
        }
        return fields;
    }

    /** The key and value nodes of a mapping whose keys are data (action types, roles), without duplicate keys. */
    List<NodeTuple> entries(Node node, String where) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, where + " must be a mapping of keys to values", "write it as 'key: value' lines");
            return List.of();
        }
        List<NodeTuple> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Optional<String> key = text(tuple.getKeyNode(), "a key");
            if (key.isPresent() && !seen.add(key.get())) {
                problem(tuple.getKeyNode(), "duplicate key '" + key.get() + "' in " + where, "keep only one");
            } else if (key.isPresent()) {
                entries.add(tuple);
            }
        }
        return entries;
    }

    List<Node> sequence(Node node, String what) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problem(node, what + " must be a list", "write it as '[a, b]' or as lines starting with '- '");
        return List.of();
    }

    Optional<String> text(Node node, String what) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return Optional.of(scalar.getValue());
        }
        if (node instanceof ScalarNode) {
            problem(node, what + " is empty", "write a value after the ':'");
        } else {
            problem(node, what + " must be a single value, not a list or mapping", "");
        }
        return Optional.empty();
    }

    OptionalDouble number(Node node, String what) {
        Optional<String> value = text(node, what);
        if (value.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double number = Double.parseDouble(value.get().replace("_", ""));
            if (Double.isFinite(number)) {
                return OptionalDouble.of(number);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(node, what + " must be a number, not '" + value.get() + "'", "write digits with a '.' for decimals");
        return OptionalDouble.empty();
    }

    Optional<Integer> wholeNumber(Node node, String what) {
        OptionalDouble value = number(node, what);
        if (value.isPresent() && value.getAsDouble() != Math.rint(value.getAsDouble())) {
            problem(node, what + " must be a whole number", "");
            return Optional.empty();
        }
        return value.isPresent() ? Optional.of((int) value.getAsDouble()) : Optional.empty();
    }

    Optional<Boolean> bool(Node node, String what) {
        Optional<String> value = text(node, what).map(v -> v.toLowerCase(Locale.ROOT));
        if (value.isPresent() && (value.get().equals("true") || value.get().equals("false"))) {
            return Optional.of(Boolean.parseBoolean(value.get()));
        }
        value.ifPresent(v -> problem(node, what + " must be true or false, not '" + v + "'", ""));
        return Optional.empty();
    }

    Optional<Role> role(Node node) {
        return named(node, "role", Role::byKey, Arrays.stream(Role.values()).map(Role::key).toList());
    }

    Optional<ActionType> actionType(Node node) {
        return named(
                node, "action type", ActionType::byKey, Arrays.stream(ActionType.values()).map(ActionType::key).toList());
    }

    /** A value from a closed set written by its key, with a suggestion when misspelt. */
    <T> Optional<T> named(Node node, String what, Function<String, Optional<T>> byKey, List<String> keys) {
        Optional<String> value = text(node, "a " + what);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> found = byKey.apply(value.get());
        if (found.isEmpty()) {
            problem(node, "unknown " + what + " '" + value.get() + "'", new NearestName(keys)
                    .to(value.get())
                    .map(k -> "did you mean '" + k + "'?")
                    .orElse(keys.stream().collect(Collectors.joining(", ", "use one of ", ""))));
        }
        return found;
    }
}
