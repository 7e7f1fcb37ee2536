package dev.arbiter.cli;

import dev.arbiter.customers.OrderCosts;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.Money;
import dev.arbiter.model.Problem;
import dev.arbiter.policy.CustomerCosts;
import dev.arbiter.policy.OperatingModel;
import dev.arbiter.policy.yaml.OperatingModelFile;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The per-order costs {@code arbiter customers} charges: the {@code customers:} section of the workspace's
 * operating model, or none (every cost zero) when the workspace has no operating model or the model no such section.
 */
record WorkspaceOrderCosts(Path file, Optional<OperatingModel> model) {
    private static final String KEYS = "picking, packing, postage, return_handling, cost_of_goods_share";

    /** Loads the workspace's operating model when it has one; a bad model fails with its every problem. */
    static WorkspaceOrderCosts of(Workspace workspace) {
        Path file = workspace.operatingModel();
        return new WorkspaceOrderCosts(file,
                Files.isRegularFile(file) ? Optional.of(OperatingModelFile.load(file)) : Optional.empty());
    }

    /** The currency of orders whose file names none: the costs', else the model's, else USD. */
    String currency() {
        return configured().map(c -> c.currency().getCurrencyCode())
                .or(() -> model.map(OperatingModel::currency))
                .orElse("USD");
    }

    /** The costs in minor units of {@code orderCurrency}; refused when the section is in another currency. */
    OrderCosts forOrders(String orderCurrency) {
        if (configured().isEmpty()) {
            return OrderCosts.none(orderCurrency);
        }
        CustomerCosts costs = configured().get();
        String currency = costs.currency().getCurrencyCode();
        if (!currency.equals(orderCurrency)) {
            throw ArbiterException.badInput("the per-order costs are in " + currency + ", the orders in " + orderCurrency,
                    List.of(Problem.ofFile(file.toString(), "the customers: section is in " + currency
                            + ", which does not match the order file's " + orderCurrency,
                            "write 'currency: " + orderCurrency + "' and the amounts in " + orderCurrency
                                    + " under customers:")));
        }
        return new OrderCosts(currency, minor(costs.picking()), minor(costs.packing()), minor(costs.postage()),
                minor(costs.returnHandling()), costs.costOfGoodsShare());
    }

    /** One line saying which costs apply and, when none do, which keys to add where. */
    String describe() {
        if (configured().isPresent()) {
            CustomerCosts c = configured().get();
            return String.format(Locale.ROOT, "per-order costs from %s: picking %s, packing %s, postage %s, "
                    + "return handling %s %s; cost of goods %.1f%% of sales on lines without unit_cost", file,
                    c.picking().plain(), c.packing().plain(), c.postage().plain(),
                    c.returnHandling().plain(), c.currency().getCurrencyCode(), 100 * c.costOfGoodsShare());
        }
        String where = model.isPresent() ? file + " has no customers: section" : "the workspace has no " + file;
        return "per-order costs: none (" + where + "); to charge them, add a customers: section to the operating model"
                + " with " + KEYS;
    }

    private Optional<CustomerCosts> configured() {
        return model.flatMap(OperatingModel::customerCosts);
    }

    private static long minor(Money amount) {
        return amount.amount().movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
