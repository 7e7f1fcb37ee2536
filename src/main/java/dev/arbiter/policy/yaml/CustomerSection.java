package dev.arbiter.policy.yaml;

import dev.arbiter.model.Money;
import dev.arbiter.policy.CustomerCosts;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads the {@code customers:} section: what picking, packing, postage and returns handling cost per order. */
final class CustomerSection {
    private final YamlNodes nodes;

    CustomerSection(YamlNodes nodes) {
        this.nodes = nodes;
    }

    /** The costs in the section, amounts in its {@code currency} or else the model's; empty after a problem. */
    Optional<CustomerCosts> costs(Node node, Currency modelCurrency) {
        int before = nodes.problems().size();
        Map<String, Node> fields = nodes.fields(node, "customers", CustomerCosts.KEYS, List.of());
        Currency currency = Optional.ofNullable(fields.get("currency")).flatMap(this::currency).orElse(modelCurrency);
        Money picking = amount(fields.get("picking"), "picking", currency);
        Money packing = amount(fields.get("packing"), "packing", currency);
        Money postage = amount(fields.get("postage"), "postage", currency);
        Money returnHandling = amount(fields.get("return_handling"), "return_handling", currency);
        double share = share(fields.get("cost_of_goods_share"));
        if (nodes.problems().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CustomerCosts(picking, packing, postage, returnHandling, share));
    }

    private Optional<Currency> currency(Node node) {
        Optional<String> code = nodes.text(node, "currency");
        try {
            return code.map(Currency::getInstance);
        } catch (IllegalArgumentException e) {
            nodes.problem(node, "unknown currency '" + code.orElseThrow() + "'",
                    "write an ISO 4217 code such as USD, GBP or EUR");
            return Optional.empty();
        }
    }

    private Money amount(Node node, String key, Currency currency) {
        if (node == null) {
            return Money.zero(currency);
        }
        OptionalDouble value = nodes.number(node, key);
        if (value.isPresent() && value.getAsDouble() < 0) {
            nodes.problem(node, key + " cannot be negative", "write 0 when the order costs nothing for it");
            return Money.zero(currency);
        }
        return Money.of(BigDecimal.valueOf(value.orElse(0)), currency);
    }

    private double share(Node node) {
        if (node == null) {
            return 0;
        }
        OptionalDouble value = nodes.number(node, "cost_of_goods_share");
        if (value.isPresent() && (value.getAsDouble() < 0 || value.getAsDouble() > 1)) {
            nodes.problem(node, "cost_of_goods_share must be between 0 and 1, not " + ((ScalarNode) node).getValue(),
                    "write a share of sales, e.g. 0.35 for 35%");
            return 0;
        }
        return value.orElse(0);
    }
}
