package dev.arbiter.customers.csv;

import dev.arbiter.customers.OrderCosts;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Problem;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the workspace's optional {@code customers.yaml}: per-order costs (picking, packing, postage), handling per
 * returned line and the cost-of-goods share for lines without a unit cost. Kept beside, not inside, the operating
 * model so that the operating model's loader stays as it is.
 */
public final class CustomersYaml {
    private static final Set<String> KEYS = Set.of("currency", "picking", "packing", "postage", "return_handling",
            "cost_of_goods_share");

    private CustomersYaml() {}

    /** The costs in {@code path}; no costs in {@code fallbackCurrency} when the file does not exist. */
    public static OrderCosts read(Path path, String fallbackCurrency) {
        if (!Files.isRegularFile(path)) {
            return OrderCosts.none(fallbackCurrency);
        }
        String file = path.toString();
        Node root;
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (YAMLException e) {
            throw ArbiterException.badInput(file + " is not valid YAML",
                    List.of(Problem.ofFile(file, e.getMessage().replace('\n', ' '), "")));
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot read " + file + ": " + e.getMessage(), e);
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        if (root != null && !(root instanceof MappingNode)) {
            problems.add(at(file, root, "", "expected a mapping of cost names to amounts", ""));
        } else if (root != null) {
            for (NodeTuple tuple : ((MappingNode) root).getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
                if (!KEYS.contains(key)) {
                    problems.add(at(file, tuple.getKeyNode(), key, "unknown key", "expected one of " + KEYS.stream()
                            .sorted().toList()));
                } else if (tuple.getValueNode() instanceof ScalarNode value) {
                    values.put(key, value.getValue());
                    checkAmount(file, key, value, problems);
                } else {
                    problems.add(at(file, tuple.getValueNode(), "", key + " must be a single value", ""));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ArbiterException.badInput(file + " has " + problems.size() + " problem(s)", problems);
        }
        return new OrderCosts(values.getOrDefault("currency", fallbackCurrency), minor(values, "picking"),
                minor(values, "packing"), minor(values, "postage"), minor(values, "return_handling"),
                Double.parseDouble(values.getOrDefault("cost_of_goods_share", "0")));
    }

    private static void checkAmount(String file, String key, ScalarNode value, List<Problem> problems) {
        if (key.equals("currency")) {
            return;
        }
        try {
            BigDecimal amount = new BigDecimal(value.getValue());
            boolean share = key.equals("cost_of_goods_share");
            if (amount.signum() < 0 || (share && amount.compareTo(BigDecimal.ONE) > 0)) {
                problems.add(at(file, value, value.getValue(), key + (share ? " must be within 0 and 1" : " must not be"
                        + " negative"), ""));
            }
        } catch (NumberFormatException e) {
            problems.add(at(file, value, value.getValue(), key + " must be a number", "write amounts such as 3.20"));
        }
    }

    private static long minor(Map<String, String> values, String key) {
        return new BigDecimal(values.getOrDefault(key, "0")).movePointRight(2).setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    private static Problem at(String file, Node node, String value, String reason, String hint) {
        return new Problem(file, node.getStartMark().getLine() + 1L, node.getStartMark().getColumn() + 1, value,
                reason, hint);
    }
}
