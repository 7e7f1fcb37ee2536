package dev.arbiter.policy.yaml;

import dev.arbiter.model.Objective;
import dev.arbiter.model.ObjectiveTerms;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.yaml.snakeyaml.nodes.Node;

/** Reads each objective's terms, as {@link ObjectiveTerms} holds them. */
record ObjectiveTermsReading(YamlNodes nodes) {
    ObjectiveTerms terms(Map<String, Node> objectives) {
        ObjectiveTerms defaults = ObjectiveTerms.defaults();
        Map<String, Node> launch = terms(objectives, Objective.LAUNCH, List.of("max_weeks", "acos_allowance"));
        Map<String, Node> defend = terms(objectives, Objective.DEFEND, List.of("acos_cap"));
        Map<String, Node> profit = terms(objectives, Objective.PROFIT, List.of("required_margin"));
        Map<String, Node> clear = terms(objectives, Objective.CLEAR_STOCK, List.of("acos_allowance", "cover_days"));
        terms(objectives, Objective.GROWTH, List.of());
        return new ObjectiveTerms(
                ratio(profit.get("required_margin"), defaults.requiredMargin()),
                ratio(launch.get("acos_allowance"), defaults.launchAcosAllowance()),
                whole(launch.get("max_weeks"), defaults.launchMaxWeeks()),
                ratio(defend.get("acos_cap"), defaults.defendAcosCap()),
                ratio(clear.get("acos_allowance"), defaults.clearStockAcosAllowance()),
                whole(clear.get("cover_days"), defaults.clearStockCoverDays()));
    }

    private Map<String, Node> terms(Map<String, Node> objectives, Objective objective, List<String> keys) {
        Node node = objectives.get(objective.key());
        return node == null ? Map.of() : nodes.fields(node, "the " + objective.key() + " objective", keys, List.of());
    }

    private double ratio(Node node, double otherwise) {
        if (node == null) {
            return otherwise;
        }
        OptionalDouble value = nodes.number(node, "a ratio");
        if (value.isPresent() && value.getAsDouble() < 0) {
            nodes.problem(node, "a ratio cannot be negative", "");
            return otherwise;
        }
        return value.orElse(otherwise);
    }

    private int whole(Node node, int otherwise) {
        return node == null ? otherwise : nodes.wholeNumber(node, "a number of weeks or days").orElse(otherwise);
    }
}
